// @vitest-environment jsdom
import "../../testing/dom";
import type { CurrentUser } from "@lila/shared";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createFakeApi, ok, type FakeApi } from "../../testing/fake-api";
import { gameSession, SETTINGS, verdict } from "./test-fixtures";
import { useSingleplayerGame } from "./use-singleplayer-game";

let api: FakeApi;
const player: CurrentUser = { id: "u1", name: "Bea", email: "bea@example.com", isGuest: false };

beforeEach(() => {
  api = createFakeApi({
    "GET /api/v1/me": () => ok({ user: player }),
    "POST /api/v1/game/start": () => ok(gameSession(3)),
    "POST /api/v1/game/answer": () => ok(verdict(0, 1)),
  });
  vi.stubGlobal("fetch", api.fetch);
});

afterEach(() => vi.unstubAllGlobals());

function renderGame() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return renderHook(() => useSingleplayerGame(), { wrapper });
}

describe("useSingleplayerGame", () => {
  it("sends one answer when two arrive in the same frame, before React re-renders", async () => {
    const { result } = renderGame();
    act(() => result.current.start(SETTINGS));
    await waitFor(() => expect(result.current.state.phase).toBe("playing"));

    act(() => {
      result.current.answer(1);
      result.current.answer(2);
    });
    await waitFor(() => {
      const { state } = result.current;
      expect(state.phase === "playing" && state.sending === null).toBe(true);
    });
    expect(api.requests.filter((request) => request === "POST /api/v1/game/answer")).toHaveLength(1);
  });

  it("starts one game for a double click on Start", async () => {
    const { result } = renderGame();
    act(() => {
      result.current.start(SETTINGS);
      result.current.start(SETTINGS);
    });
    await waitFor(() => expect(result.current.state.phase).toBe("playing"));
    expect(api.requests.filter((request) => request === "POST /api/v1/game/start")).toHaveLength(1);
  });
});
