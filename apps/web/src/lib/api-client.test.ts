import { CatalogResponse } from "@lila/shared";
import { describe, expect, it, vi } from "vitest";
import { ApiError, createApiClient } from "./api-client";

const catalog: CatalogResponse = {
  languages: [{ code: "en", name: "English", nativeName: "English" }],
  cells: [
    {
      source_language: "en",
      target_language: "it",
      pos: "noun",
      difficulty: "easy",
      words: 40,
    },
  ],
};

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json" },
  });
}

function clientReturning(response: Response | Error) {
  const fetch = vi.fn<typeof globalThis.fetch>(async () => {
    if (response instanceof Error) throw response;
    return response;
  });
  return {
    fetch,
    request: createApiClient({ baseUrl: "https://api.example.com", fetch }),
  };
}

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("createApiClient", () => {
  it("returns the parsed data of a success envelope", async () => {
    const { request } = clientReturning(jsonResponse(200, { success: true, data: catalog }));
    await expect(request({ path: "/api/v1/catalog", schema: CatalogResponse })).resolves.toEqual(catalog);
  });

  it("sends JSON with cookies to the base URL", async () => {
    const { fetch, request } = clientReturning(jsonResponse(200, { success: true, data: catalog }));
    await request({
      path: "/api/v1/catalog",
      schema: CatalogResponse,
      method: "POST",
      body: { a: 1 },
    });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe("https://api.example.com/api/v1/catalog");
    expect(init).toMatchObject({
      method: "POST",
      credentials: "include",
      body: '{"a":1}',
    });
    expect(init?.headers).toMatchObject({ "Content-Type": "application/json" });
  });

  it("throws an ApiError with the server's status, code, message and issues", async () => {
    const { request } = clientReturning(
      jsonResponse(400, {
        success: false,
        error: "Invalid request",
        code: "validation_failed",
        issues: [{ field: "rounds", message: "must be 3 or 10" }],
      }),
    );
    const error = await caught(request({ path: "/x", schema: CatalogResponse }));
    expect(error).toMatchObject({
      status: 400,
      code: "validation_failed",
      message: "Invalid request",
    });
    expect(error.issues).toEqual([{ field: "rounds", message: "must be 3 or 10" }]);
  });

  it("derives a code from the status when the error body is not an envelope", async () => {
    const { request } = clientReturning(new Response("<html>Bad gateway</html>", { status: 502 }));
    expect(await caught(request({ path: "/x", schema: CatalogResponse }))).toMatchObject({
      status: 502,
      code: "internal_error",
    });
  });

  it("maps a failed fetch to a network_error with status 0", async () => {
    const { request } = clientReturning(new TypeError("Failed to fetch"));
    expect(await caught(request({ path: "/x", schema: CatalogResponse }))).toMatchObject({
      status: 0,
      code: "network_error",
    });
  });

  it("rejects a success envelope whose data does not match the schema", async () => {
    const { request } = clientReturning(jsonResponse(200, { success: true, data: { languages: "nope" } }));
    expect(await caught(request({ path: "/x", schema: CatalogResponse }))).toMatchObject({ code: "invalid_response" });
  });

  it("rejects a 200 without an envelope", async () => {
    const { request } = clientReturning(jsonResponse(200, catalog));
    expect(await caught(request({ path: "/x", schema: CatalogResponse }))).toMatchObject({ code: "invalid_response" });
  });
});
