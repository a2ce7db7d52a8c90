// @vitest-environment jsdom
import "../../testing/dom";
import type { AnswerBody, CurrentUser, GameSettings } from "@lila/shared";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createFakeApi, failure, ok, type FakeApi } from "../../testing/fake-api";
import { PlayPage } from "./play-page";
import { gameSession, question, questionId, verdict } from "./test-fixtures";

const catalog = {
  languages: [
    { code: "en", name: "English", nativeName: "English" },
    { code: "it", name: "Italian", nativeName: "Italiano" },
  ],
  cells: [{ source_language: "en", target_language: "it", pos: "noun", difficulty: "easy", words: 50 }],
};

let api: FakeApi;
let user: CurrentUser | null;

beforeEach(() => {
  localStorage.clear();
  user = null;
  api = createFakeApi({
    "GET /api/v1/catalog": () => ok(catalog),
    "GET /api/v1/me": () => ok({ user }),
    "POST /api/auth/sign-in/anonymous": () => {
      user = { id: "guest-1", name: "Guest", email: null, isGuest: true };
      return { body: { token: "t" } };
    },
    "POST /api/v1/game/start": (body) => ok(gameSession((body as GameSettings).rounds)),
    "POST /api/v1/game/answer": (body) => {
      const answer = body as AnswerBody;
      const index = [0, 1, 2].find((candidate) => questionId(candidate) === answer.questionId) ?? -1;
      return ok(verdict(index, answer.selectedOptionId));
    },
  });
  vi.stubGlobal("fetch", api.fetch);
});

afterEach(() => vi.unstubAllGlobals());

function renderPlayPage() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <PlayPage />
    </QueryClientProvider>,
  );
}

async function startThreeRounds() {
  const keyboard = userEvent.setup();
  renderPlayPage();
  expect(await screen.findByRole("combobox", { name: "From" })).toHaveProperty("value", "en");
  expect(screen.getByRole("combobox", { name: "To" })).toHaveProperty("value", "it");
  await keyboard.click(screen.getByRole("radio", { name: "3 rounds" }));
  expect(screen.getByRole("radio", { name: "3 rounds" })).toHaveProperty("checked", true);
  await keyboard.click(screen.getByRole("button", { name: "Start" }));
  return keyboard;
}

function feedback() {
  return screen.getByRole("status");
}

describe("PlayPage", () => {
  it("plays a game by mouse and keyboard, announcing each verdict and moving focus along", async () => {
    const keyboard = await startThreeRounds();

    const firstPrompt = await screen.findByRole("heading", { level: 1, name: "dog" });
    expect(document.activeElement).toBe(firstPrompt);
    // The visitor became a guest before the game started, so the game is theirs.
    expect(api.requests.indexOf("POST /api/auth/sign-in/anonymous")).toBeLessThan(
      api.requests.indexOf("POST /api/v1/game/start"),
    );

    await keyboard.click(screen.getByRole("button", { name: "gatto" }));
    expect((await screen.findByText(/Not quite/)).closest("[role=status]")).toBe(feedback());
    expect(feedback().textContent).toContain("Not quite. The answer is “cane”.");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Next question" }));

    await keyboard.keyboard("{Enter}");
    expect(document.activeElement).toBe(await screen.findByRole("heading", { level: 1, name: "cat" }));
    expect(feedback().textContent).toBe("");

    await keyboard.keyboard("1");
    expect(await screen.findByText(/Correct! “cane” is right\./)).toBeTruthy();
    await keyboard.keyboard("{Enter}");

    await screen.findByRole("heading", { level: 1, name: "house" });
    await keyboard.keyboard("1");
    await keyboard.click(await screen.findByRole("button", { name: "See results" }));

    const score = await screen.findByRole("heading", { level: 1, name: "You got 2 of 3" });
    expect(document.activeElement).toBe(score);
    expect(api.requests.filter((request) => request === "POST /api/v1/game/answer")).toHaveLength(3);
  });

  it("offers a new game with the same settings when the game expired, and takes no more answers", async () => {
    api.on("POST /api/v1/game/answer", () => failure(404, "not_found", "Game session not found"));
    const keyboard = await startThreeRounds();
    await keyboard.click(await screen.findByRole("button", { name: "casa" }));

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("This game has expired");
    const options = within(screen.getByRole("list", { name: "Choices" })).getAllByRole("button");
    expect(options.every((option) => (option as HTMLButtonElement).disabled)).toBe(true);

    api.on("POST /api/v1/game/start", () =>
      ok({ ...gameSession(3), questions: [question(1), question(2), question(0)] }),
    );
    await keyboard.click(within(alert).getByRole("button", { name: "Start a new game" }));
    expect(document.activeElement).toBe(await screen.findByRole("heading", { level: 1, name: "cat" }));
  });

  it("explains a refused start beside the settings and keeps them", async () => {
    api.on("POST /api/v1/game/start", () => failure(422, "not_enough_words", "Not enough words"));
    await startThreeRounds();
    expect((await screen.findByRole("alert")).textContent).toContain("There are not enough words");
    expect(screen.getByRole("radio", { name: "3 rounds" })).toHaveProperty("checked", true);
  });
});
