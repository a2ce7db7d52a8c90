import type { CurrentUser } from "@lila/shared";
import { QueryClient } from "@tanstack/react-query";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../lib/api-client";
import { createFakeApi, ok, type FakeApi } from "../../testing/fake-api";
import { authKeys } from "./auth.queries";
import { ensureSession, refreshCurrentUser } from "./auth-session";

const guest: CurrentUser = { id: "guest-1", name: "Ana", email: null, isGuest: true };

let api: FakeApi;
let queryClient: QueryClient;
let signedIn: CurrentUser | null;

beforeEach(() => {
  signedIn = null;
  api = createFakeApi({
    "GET /api/v1/me": () => ok({ user: signedIn }),
    "POST /api/auth/sign-in/anonymous": (body) => {
      signedIn = { ...guest, name: (body as { name?: string }).name ?? "Guest" };
      return { body: { token: "t" } };
    },
    "POST /api/auth/sign-out": () => {
      signedIn = null;
      return { body: { success: true } };
    },
  });
  vi.stubGlobal("fetch", api.fetch);
  queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
});

afterEach(() => {
  vi.unstubAllGlobals();
  queryClient.clear();
});

describe("ensureSession", () => {
  it("makes a visitor a guest named after the nickname and tells every reader of the current user", async () => {
    const user = await ensureSession(queryClient, "  Ana ");
    expect(user).toEqual(guest);
    expect(queryClient.getQueryData(authKeys.currentUser())).toEqual(guest);
    expect(api.requests).toEqual(["GET /api/v1/me", "POST /api/auth/sign-in/anonymous", "GET /api/v1/me"]);
  });

  it("asks the server once while the known user is fresh, with no module flag to reset", async () => {
    signedIn = { id: "u1", name: "Bea", email: "bea@example.com", isGuest: false };
    await ensureSession(queryClient);
    await ensureSession(queryClient);
    expect(api.requests).toEqual(["GET /api/v1/me"]);
  });

  it("starts over after a sign-out: the cache says nobody, so the next game makes a new guest", async () => {
    await ensureSession(queryClient, "Ana");
    signedIn = null;
    expect(await refreshCurrentUser(queryClient)).toBeNull();
    await ensureSession(queryClient, "Cy");
    expect(queryClient.getQueryData<CurrentUser>(authKeys.currentUser())?.name).toBe("Cy");
  });

  it("turns a refused guest sign-in into an ApiError the lobby pages can explain", async () => {
    api.on("POST /api/auth/sign-in/anonymous", () => ({ status: 429, body: {} }));
    const error: unknown = await ensureSession(queryClient, "Ana").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: "rate_limited" });
  });
});
