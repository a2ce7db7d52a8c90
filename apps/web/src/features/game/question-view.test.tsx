// @vitest-environment jsdom
import "../../testing/dom";
import type { Question } from "@lila/shared";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { QuestionView } from "./question-view";
import type { AnswerRecord } from "./singleplayer-game";

function question(questionId: string, prompt: string): Question {
  return {
    questionId,
    prompt,
    gloss: null,
    options: ["cane", "gatto", "casa", "libro"].map((text, optionId) => ({ optionId, text })),
  };
}

const dog = question("00000000-0000-4000-8000-000000000001", "dog");
const cat = question("00000000-0000-4000-8000-000000000002", "cat");

function renderQuestion(overrides: Partial<Parameters<typeof QuestionView>[0]> = {}) {
  const props = {
    question: dog,
    questionNumber: 1,
    totalQuestions: 3,
    direction: "English → Italian",
    promptLanguage: "en",
    optionLanguage: "it",
    answer: undefined as AnswerRecord | undefined,
    pendingOptionId: null as number | null,
    onAnswer: vi.fn(),
    onNext: vi.fn(),
    ...overrides,
  };
  const view = render(<QuestionView {...props} />);
  return {
    ...props,
    rerender: (changes: Partial<typeof props>) => view.rerender(<QuestionView {...props} {...changes} />),
  };
}

function choices() {
  return within(screen.getByRole("list", { name: "Choices" })).getAllByRole("button");
}

function feedbackRegion() {
  const region = screen.getByRole("status");
  expect(region.getAttribute("aria-live")).toBe("polite");
  return region;
}

describe("QuestionView accessibility", () => {
  it("focuses the prompt, a level-1 heading in the prompt's language, when a question appears", () => {
    renderQuestion();
    const heading = screen.getByRole("heading", { level: 1, name: "dog" });
    expect(document.activeElement).toBe(heading);
    expect(heading.querySelector("[lang]")?.getAttribute("lang")).toBe("en");
  });

  it("names the four options by their text alone and leaves them enabled before answering", () => {
    renderQuestion();
    const buttons = choices();
    // The position number, the icon and the state label are hidden from the accessible name.
    expect(buttons).toEqual(["cane", "gatto", "casa", "libro"].map((name) => screen.getByRole("button", { name })));
    expect(buttons.map((button) => button.querySelector("[lang]")?.getAttribute("lang"))).toEqual([
      "it",
      "it",
      "it",
      "it",
    ]);
    expect(buttons.every((button) => !(button as HTMLButtonElement).disabled)).toBe(true);
    expect(feedbackRegion().textContent).toBe("");
  });

  it("locks the options while the answer is on its way", () => {
    renderQuestion({ pendingOptionId: 2 });
    expect(choices().every((button) => (button as HTMLButtonElement).disabled)).toBe(true);
    expect(screen.getByRole("button", { name: "casa" }).dataset.state).toBe("pending");
  });

  it("announces a right answer in the live region and moves focus to Next question", () => {
    const view = renderQuestion();
    const region = feedbackRegion();
    view.rerender({ answer: { selectedOptionId: 0, correctOptionId: 0, isCorrect: true } });
    expect(region.textContent).toContain("Correct! “cane” is right.");
    // The same element as before: a live region must exist before its text changes to be read out.
    expect(feedbackRegion()).toBe(region);
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Next question" }));
    expect(screen.getByRole("button", { name: "cane" }).dataset.state).toBe("correct");
  });

  it("announces a wrong answer with the right one and marks both options", () => {
    const view = renderQuestion({ questionNumber: 3 });
    view.rerender({ answer: { selectedOptionId: 1, correctOptionId: 0, isCorrect: false } });
    expect(feedbackRegion().textContent).toContain("Not quite. The answer is “cane”.");
    expect(screen.getByRole("button", { name: "gatto" }).dataset.state).toBe("incorrect");
    expect(screen.getByRole("button", { name: "cane" }).dataset.state).toBe("correct");
    expect(screen.getByRole("button", { name: "casa" }).dataset.state).toBe("dimmed");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "See results" }));
  });

  it("moves focus back to the prompt when the next question arrives", () => {
    const view = renderQuestion();
    view.rerender({ answer: { selectedOptionId: 0, correctOptionId: 0, isCorrect: true } });
    view.rerender({ question: cat, questionNumber: 2, answer: undefined });
    expect(document.activeElement).toBe(screen.getByRole("heading", { level: 1, name: "cat" }));
    expect(feedbackRegion().textContent).toBe("");
  });

  it("answers with keys 1–4 and continues with Enter", async () => {
    const user = userEvent.setup();
    const view = renderQuestion();
    await user.keyboard("3");
    expect(view.onAnswer).toHaveBeenCalledWith(2);
    view.rerender({ answer: { selectedOptionId: 2, correctOptionId: 2, isCorrect: true } });
    await user.keyboard("{Enter}");
    expect(view.onNext).toHaveBeenCalledTimes(1);
  });
});
