// @vitest-environment jsdom
import "../testing/dom";
import type { CreateLobbyBody, CurrentUser } from "@lila/shared";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createMemoryHistory, RouterProvider } from "@tanstack/react-router";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createFakeApi, ok, type FakeApi } from "../testing/fake-api";
import { createAppRouter } from "./router";

let api: FakeApi;
let user: CurrentUser | null;
let lobbyRequest: CreateLobbyBody | undefined;

/** The match room opens /ws once a lobby exists; these tests stop at the door. */
class SilentWebSocket {
  readyState = 0;
  onopen = null;
  onmessage = null;
  onclose = null;
  onerror = null;
  send() {}
  close() {}
}

beforeEach(() => {
  localStorage.clear();
  user = null;
  lobbyRequest = undefined;
  api = createFakeApi({
    "GET /api/v1/me": () => ok({ user }),
    "GET /api/v1/catalog": () =>
      ok({
        languages: [],
        cells: [{ source_language: "en", target_language: "it", pos: "noun", difficulty: "easy", words: 40 }],
      }),
    "POST /api/auth/sign-in/anonymous": (body) => {
      user = { id: "guest-1", name: (body as { name: string }).name, email: null, isGuest: true };
      return { body: { token: "t" } };
    },
    "POST /api/v1/lobbies": (body) => {
      lobbyRequest = body as CreateLobbyBody;
      return ok({
        lobbyId: "7b0f8a52-61c4-4a8e-9d55-0d6c8e1c3a10",
        code: "AB12CD",
        status: "waiting",
        hostId: "guest-1",
        settings: { ...lobbyRequest.settings! },
        players: [{ userId: "guest-1", name: "Ana", isHost: true, connected: true, score: 0 }],
        maxPlayers: 4,
      });
    },
  });
  vi.stubGlobal("fetch", api.fetch);
  vi.stubGlobal("WebSocket", SilentWebSocket);
});

afterEach(() => vi.unstubAllGlobals());

function openApp(path: string) {
  const router = createAppRouter(createMemoryHistory({ initialEntries: [path] }));
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

function description(field: HTMLElement): string {
  const id = field.getAttribute("aria-describedby");
  return id ? (document.getElementById(id)?.textContent ?? "") : "";
}

describe("/multiplayer", () => {
  it("labels the nickname and the code and says beside each what is wrong", async () => {
    const keyboard = userEvent.setup();
    openApp("/multiplayer");
    const nickname = await screen.findByRole("textbox", { name: "Your nickname" });
    expect(description(nickname)).toBe("Shown to the other players. No account needed.");

    await keyboard.click(screen.getByRole("button", { name: "Create lobby" }));
    expect(nickname.getAttribute("aria-invalid")).toBe("true");
    expect(description(nickname)).toBe("Enter a nickname so the others know who you are.");

    const code = screen.getByRole("textbox", { name: "Lobby code" });
    await keyboard.type(code, "ab");
    await keyboard.click(screen.getByRole("button", { name: "Join" }));
    expect(code.getAttribute("aria-invalid")).toBe("true");
    expect(description(code)).toBe("A code has 6 letters and digits, like 7KX3PQ.");
  });

  it("makes the visitor a guest named after the nickname, creates the lobby and opens it", async () => {
    const keyboard = userEvent.setup();
    const router = openApp("/multiplayer");
    await keyboard.type(await screen.findByRole("textbox", { name: "Your nickname" }), "Ana");
    await screen.findByRole("button", { name: "Create lobby" });
    await keyboard.click(screen.getByRole("button", { name: "Create lobby" }));

    await vi.waitFor(() => expect(router.state.location.pathname).toBe("/lobby/AB12CD"));
    expect(user?.name).toBe("Ana");
    expect(lobbyRequest).toMatchObject({ nickname: "Ana", settings: { source_language: "en", target_language: "it" } });
  });
});

describe("/join/CODE", () => {
  it("says at once, as an alert, when the link holds no lobby code", async () => {
    openApp("/join/nope");
    expect((await screen.findByRole("alert")).textContent).toContain("“nope” is not a lobby code.");
    expect(screen.getByRole("link", { name: "Back to multiplayer" })).toBeTruthy();
  });
});
