import type { AnswerRecord } from "./singleplayer-game";

interface AnswerFeedbackProps {
  answer: AnswerRecord | undefined;
  correctText: string | null;
}

function feedbackFor(
  answer: AnswerRecord,
  correctText: string | null,
): { icon: string; text: string; className: string } {
  if (answer.selectedOptionId === null) {
    return {
      icon: "i",
      text: "This question was already answered, so it counts as missed.",
      className: "bg-slate-100 text-slate-900",
    };
  }
  if (answer.isCorrect) {
    return {
      icon: "✓",
      text: `Correct! “${correctText ?? ""}” is right.`,
      className: "bg-green-50 text-green-900 ring-green-700",
    };
  }
  return {
    icon: "✗",
    text: correctText ? `Not quite. The answer is “${correctText}”.` : "Not quite.",
    className: "bg-red-50 text-red-900 ring-red-700",
  };
}

/**
 * Always rendered, so screen readers already watch the live region when the
 * feedback text arrives.
 */
export function AnswerFeedback({ answer, correctText }: AnswerFeedbackProps) {
  const feedback = answer ? feedbackFor(answer, correctText) : null;
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className="min-h-0">
      {feedback ? (
        <p
          className={`flex items-center gap-3 rounded-2xl px-4 py-3 text-lg font-semibold ring-1 ${feedback.className}`}
        >
          <span aria-hidden="true" className="text-2xl leading-none">
            {feedback.icon}
          </span>
          <span>{feedback.text}</span>
        </p>
      ) : null}
    </div>
  );
}
