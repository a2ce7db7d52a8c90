/**
 * Signs a test user in over real HTTP, the way a browser does, and returns the
 * Cookie header to send with later requests (HTTP or the WebSocket upgrade).
 * The server must be listening: pass its base URL, e.g. http://127.0.0.1:PORT
 * (apps/api/test/support/test-server.ts starts one).
 */
export interface SignedIn {
  /** The value of a Cookie request header. */
  cookie: string;
  userId: string;
}

export interface EmailCredentials {
  email: string;
  password: string;
  name: string;
}

/** Set-Cookie headers → a Cookie header; cookies being cleared (empty value) are left out. */
export function cookieHeaderFrom(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((setCookie) => setCookie.split(";")[0]!.trim())
    .filter((pair) => !pair.endsWith("="))
    .join("; ");
}

/**
 * Node's fetch sends Fetch Metadata (Sec-Fetch-Mode), so Better Auth's CSRF
 * check wants an Origin it trusts: by default the server's own (BETTER_AUTH_URL
 * is the listening address in apps/api/test/support/test-server.ts).
 */
async function postAuth(
  baseUrl: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  const response = await fetch(new URL(`/api/auth${path}`, baseUrl), {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: new URL(baseUrl).origin, ...headers },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST /api/auth${path} answered ${response.status}: ${await response.text()}`);
  return response;
}

async function signedInFrom(response: Response): Promise<SignedIn> {
  const body = (await response.json()) as { user?: { id?: string } };
  const cookie = cookieHeaderFrom(response);
  if (!body.user?.id || !cookie) throw new Error("the sign-in answer had no user or no session cookie");
  return { cookie, userId: body.user.id };
}

/** A new guest (anonymous user); `name` becomes their display name, otherwise "Guest NNNN". */
export async function signInGuest(baseUrl: string, name?: string): Promise<SignedIn> {
  return signedInFrom(await postAuth(baseUrl, "/sign-in/anonymous", name === undefined ? {} : { name }));
}

/** Signs in with an existing email account. Pass `cookie` (a guest's) to turn that guest into this account. */
export async function signInWithEmail(
  baseUrl: string,
  credentials: Pick<EmailCredentials, "email" | "password">,
  options: { cookie?: string; origin?: string } = {},
): Promise<SignedIn> {
  const headers: Record<string, string> = {};
  if (options.cookie) headers.Cookie = options.cookie;
  if (options.origin) headers.Origin = options.origin;
  return signedInFrom(await postAuth(baseUrl, "/sign-in/email", credentials, headers));
}

/** Creates an email account and signs it in (sign-up never signs in by itself: see docs/decisions/0002-accounts.md). */
export async function signUpWithEmail(
  baseUrl: string,
  credentials: EmailCredentials,
  options: { cookie?: string; origin?: string } = {},
): Promise<SignedIn> {
  await postAuth(baseUrl, "/sign-up/email", credentials);
  return signInWithEmail(baseUrl, credentials, options);
}

/** A unique address for a test user. */
export function uniqueEmail(label = "player"): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.test`;
}
