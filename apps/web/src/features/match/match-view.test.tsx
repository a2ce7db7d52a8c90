// @vitest-environment jsdom
import { stubMatchMedia } from "../../testing/dom";
import type { WsServerMessage } from "@lila/shared";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { initialMatchState, matchReducer, type MatchAction, type MatchState } from "./match-state";
import { MatchView } from "./match-view";
import { LOBBY_ID, lobby, player, Q1, Q2, question, questionMessage } from "./test-fixtures";

const playing = lobby({
  status: "playing",
  players: [player("ann", { isHost: true, name: "Ann" }), player("bob", { name: "Bob" })],
});
const languages = [
  { code: "en", name: "English", nativeName: "English" },
  { code: "it", name: "Italian", nativeName: "Italiano" },
];

function stateAfter(...steps: (WsServerMessage | MatchAction)[]): MatchState {
  return steps.reduce<MatchState>(
    (state, step) =>
      matchReducer(
        state,
        "lobbyId" in step || step.type === "lobby:state"
          ? { type: "server", message: step as WsServerMessage, receivedAt: 1_000_000_000 }
          : (step as MatchAction),
      ),
    initialMatchState,
  );
}

const asking = stateAfter({ type: "lobby:state", lobby: playing }, questionMessage(Q1));
const roundOver = (before: MatchState, selected: number | null) =>
  matchReducer(before, {
    type: "server",
    receivedAt: 1_000_005_000,
    message: {
      type: "game:answer_result",
      lobbyId: LOBBY_ID,
      questionId: Q1,
      correctOptionId: 0,
      results: [
        { userId: "ann", selectedOptionId: selected, isCorrect: selected === 0, points: selected === 0 ? 100 : 0 },
        { userId: "bob", selectedOptionId: null, isCorrect: false, points: 0 },
      ],
      scores: { ann: selected === 0 ? 100 : 0, bob: 0 },
    },
  });

function renderMatch(state: MatchState, connected = true) {
  const onAnswer = vi.fn();
  const props = { lobby: playing, selfId: "ann", languages, connected, onAnswer };
  const view = render(<MatchView state={state} {...props} />);
  return {
    onAnswer,
    rerender: (next: MatchState, nextConnected = connected) =>
      view.rerender(<MatchView state={next} {...props} connected={nextConnected} />),
  };
}

beforeEach(() => stubMatchMedia(false));

describe("MatchView accessibility", () => {
  it("focuses the prompt of each new question", () => {
    const view = renderMatch(asking);
    expect(document.activeElement).toBe(screen.getByRole("heading", { level: 1, name: "dog" }));
    const next = matchReducer(asking, {
      type: "server",
      receivedAt: 1_000_020_000,
      message: questionMessage(Q2, { question: { ...question(Q2, "cat") }, questionNumber: 2 }),
    });
    view.rerender(next);
    expect(document.activeElement).toBe(screen.getByRole("heading", { level: 1, name: "cat" }));
  });

  it("names the options by their text and answers with a click or keys 1–4", async () => {
    const view = renderMatch(asking);
    const options = within(screen.getByRole("list", { name: "Choices" })).getAllByRole("button");
    expect(options).toEqual(["cane", "gatto", "casa", "libro"].map((name) => screen.getByRole("button", { name })));
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "gatto" }));
    await user.keyboard("4");
    expect(view.onAnswer.mock.calls).toEqual([
      [Q1, 1],
      [Q1, 3],
    ]);
  });

  it("locks the options while disconnected", () => {
    renderMatch(asking, false);
    const options = within(screen.getByRole("list", { name: "Choices" })).getAllByRole("button");
    expect(options.every((option) => (option as HTMLButtonElement).disabled)).toBe(true);
  });

  it("says in the live region that the answer is locked in, then announces the round's outcome", () => {
    const answered = matchReducer(asking, { type: "answer_sent", questionId: Q1, optionId: 1 });
    const view = renderMatch(answered);
    const region = screen.getByRole("status");
    expect(region.getAttribute("aria-live")).toBe("polite");
    expect(region.textContent).toContain("Answer locked in. Waiting for Bob…");
    expect(screen.getByRole("button", { name: "gatto" }).dataset.state).toBe("selected");

    view.rerender(roundOver(answered, 1));
    expect(screen.getByRole("status")).toBe(region);
    expect(region.textContent).toContain("Not quite. The answer was “cane”.");
    const results = within(screen.getByRole("list", { name: "Round results" })).getAllByRole("listitem");
    expect(results.map((item) => item.textContent)).toEqual([
      "✗Ann (you):gatto, wrong+0 points",
      "–Bob:no answer, wrong+0 points",
    ]);
    expect(screen.getByRole("button", { name: "cane" }).dataset.state).toBe("correct");
    expect(screen.getByRole("button", { name: "gatto" }).dataset.state).toBe("incorrect");
  });
});
