// @vitest-environment jsdom
import "../../testing/dom";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ScoreView } from "./score-view";
import { recordAnswer, startSingleplayerGame } from "./singleplayer-game";

const settings = { source_language: "en", target_language: "it", pos: "noun", difficulty: "easy", rounds: 3 } as const;
const options = ["cane", "gatto", "casa", "libro"].map((text, optionId) => ({ optionId, text }));
const ids = ["00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"] as const;

function finishedGame() {
  let game = startSingleplayerGame(
    {
      sessionId: "00000000-0000-4000-8000-000000000000",
      questions: [
        { questionId: ids[0], prompt: "dog", gloss: null, options },
        { questionId: ids[1], prompt: "cat", gloss: null, options },
      ],
    },
    settings,
  );
  game = recordAnswer(game, { questionId: ids[0], selectedOptionId: 0, correctOptionId: 0, isCorrect: true });
  game = recordAnswer(game, { questionId: ids[1], selectedOptionId: 2, correctOptionId: 1, isCorrect: false });
  return { ...game, finished: true };
}

describe("ScoreView accessibility", () => {
  it("moves focus to the score heading when it appears", () => {
    render(<ScoreView game={finishedGame()} onPlayAgain={vi.fn()} onChangeSettings={vi.fn()} />);
    expect(document.activeElement).toBe(screen.getByRole("heading", { level: 1, name: "You got 1 of 2" }));
  });

  it("says in words which answers were right, not only with colour and icons", () => {
    render(<ScoreView game={finishedGame()} onPlayAgain={vi.fn()} onChangeSettings={vi.fn()} />);
    const items = within(screen.getByRole("list")).getAllByRole("listitem");
    expect(items.map((item) => item.querySelector("p")?.textContent)).toEqual([
      "Question 1: dog — correct",
      "Question 2: cat — wrong",
    ]);
    expect(items[1]?.textContent).toContain("Correct answer:gatto");
  });
});
