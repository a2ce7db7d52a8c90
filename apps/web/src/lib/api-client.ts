import { ApiErrorBody, type ErrorCode, type FieldIssue } from "@lila/shared";
import { apiBaseUrl } from "./runtime-config";

/** Anything with Zod's safeParse: keeps this module free of a direct zod import. */
export interface ResponseSchema<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false };
}

/** Server codes plus the two failures only the client can see. */
export type ApiErrorCode = ErrorCode | "network_error" | "invalid_response";

export class ApiError extends Error {
  override readonly name = "ApiError";

  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
  }
}

export interface ApiRequest<T> {
  path: string;
  schema: ResponseSchema<T>;
  method?: "GET" | "POST";
  body?: unknown;
  signal?: AbortSignal;
}

export interface ApiClientOptions {
  baseUrl: string;
  fetch: typeof fetch;
}

function codeForStatus(status: number): ErrorCode {
  if (status === 400) return "validation_failed";
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 409) return "conflict";
  if (status === 413) return "payload_too_large";
  if (status === 422) return "not_enough_words";
  if (status === 429) return "rate_limited";
  return "internal_error";
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function isSuccessEnvelope(body: unknown): body is { success: true; data: unknown } {
  return typeof body === "object" && body !== null && "success" in body && body.success === true && "data" in body;
}

export function createApiClient(options: ApiClientOptions) {
  return async function request<T>({ path, schema, method = "GET", body, signal }: ApiRequest<T>): Promise<T> {
    let response: Response;
    try {
      response = await options.fetch(`${options.baseUrl}${path}`, {
        method,
        credentials: "include",
        headers:
          body === undefined
            ? { Accept: "application/json" }
            : {
                Accept: "application/json",
                "Content-Type": "application/json",
              },
        body: body === undefined ? null : JSON.stringify(body),
        signal: signal ?? null,
      });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
      throw new ApiError(0, "network_error", "Could not reach the server");
    }

    const json = await readJson(response);

    if (!response.ok) {
      const errorBody = ApiErrorBody.safeParse(json);
      if (errorBody.success) {
        throw new ApiError(response.status, errorBody.data.code, errorBody.data.error, errorBody.data.issues);
      }
      throw new ApiError(
        response.status,
        codeForStatus(response.status),
        `Request failed with status ${response.status}`,
      );
    }

    if (!isSuccessEnvelope(json)) {
      throw new ApiError(response.status, "invalid_response", "The server sent an unexpected response");
    }
    const parsed = schema.safeParse(json.data);
    if (!parsed.success) {
      throw new ApiError(response.status, "invalid_response", "The server sent an unexpected response");
    }
    return parsed.data;
  };
}

/** The app's client: resolved base URL, the browser's fetch, cookies included. */
export function apiRequest<T>(request: ApiRequest<T>): Promise<T> {
  return createApiClient({
    baseUrl: apiBaseUrl(),
    fetch: (...args) => globalThis.fetch(...args),
  })(request);
}
