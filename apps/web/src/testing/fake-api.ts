/**
 * A stand-in for the API server in component and hook tests: requests are
 * routed by "METHOD /path" to handlers that answer in the API's envelope.
 * Answers still go through the app's real client and the shared schemas, so
 * a handler that drifts from the contract fails the test.
 */
export type FakeHandler = (
  body: unknown,
) => { status?: number; body: unknown } | Promise<{ status?: number; body: unknown }>;

export interface FakeApi {
  fetch: typeof fetch;
  /** "METHOD /path" of every request, in order. */
  requests: string[];
  on(route: string, handler: FakeHandler): void;
}

export function ok(data: unknown) {
  return { status: 200, body: { success: true, data } };
}

export function failure(status: number, code: string, error = "refused") {
  return { status, body: { success: false, error, code } };
}

export function createFakeApi(handlers: Record<string, FakeHandler> = {}): FakeApi {
  const routes = new Map(Object.entries(handlers));
  const requests: string[] = [];
  const fakeFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const href = input instanceof Request ? input.url : input instanceof URL ? input.href : input;
    const url = new URL(href, "http://lila.test");
    const route = `${init?.method ?? "GET"} ${url.pathname}`;
    requests.push(route);
    const handler = routes.get(route);
    if (!handler) return Response.json(failure(404, "not_found").body, { status: 404 });
    const body: unknown = typeof init?.body === "string" ? JSON.parse(init.body) : undefined;
    const answer = await handler(body);
    return Response.json(answer.body, { status: answer.status ?? 200 });
  };
  return {
    fetch: fakeFetch,
    requests,
    on: (route, handler) => routes.set(route, handler),
  };
}
