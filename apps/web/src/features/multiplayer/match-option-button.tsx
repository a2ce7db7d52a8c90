import type { QuestionOption } from "@lila/shared";

export type MatchOptionState = "idle" | "selected" | "correct" | "incorrect" | "dimmed";

const stateClasses: Record<MatchOptionState, string> = {
  idle: "border-slate-300 bg-white text-slate-900 hover:border-violet-500 hover:bg-violet-50 active:bg-violet-100 disabled:hover:border-slate-300 disabled:hover:bg-white",
  selected: "border-violet-700 bg-violet-50 text-violet-950",
  correct: "border-green-700 bg-green-50 text-green-950",
  incorrect: "border-red-700 bg-red-50 text-red-950",
  dimmed: "border-slate-200 bg-white text-slate-500",
};

const badgeClasses: Record<MatchOptionState, string> = {
  idle: "bg-slate-100 text-slate-700",
  selected: "bg-violet-700 text-white",
  correct: "bg-green-700 text-white",
  incorrect: "bg-red-700 text-white",
  dimmed: "bg-slate-100 text-slate-500",
};

const stateLabel: Partial<Record<MatchOptionState, string>> = {
  selected: "Your answer",
  correct: "Correct",
  incorrect: "Your answer",
};

export function matchOptionState(
  optionId: number,
  yourAnswer: number | null,
  correctOptionId: number | null,
): MatchOptionState {
  if (correctOptionId === null) {
    return optionId === yourAnswer ? "selected" : "idle";
  }
  if (optionId === correctOptionId) return "correct";
  if (optionId === yourAnswer) return "incorrect";
  return "dimmed";
}

interface MatchOptionButtonProps {
  option: QuestionOption;
  position: number;
  lang: string;
  state: MatchOptionState;
  disabled: boolean;
  onSelect: () => void;
}

/** Named by the option text alone; number, icon and state label are decoration. */
export function MatchOptionButton({ option, position, lang, state, disabled, onSelect }: MatchOptionButtonProps) {
  return (
    <button
      type="button"
      onClick={onSelect}
      disabled={disabled}
      data-state={state}
      className={`flex min-h-16 w-full items-center gap-3 rounded-2xl border-2 px-4 py-3 text-left text-lg font-semibold transition-colors disabled:cursor-default ${stateClasses[state]}`}
    >
      <span
        aria-hidden="true"
        className={`inline-flex size-8 shrink-0 items-center justify-center rounded-lg text-base font-bold ${badgeClasses[state]}`}
      >
        {state === "correct" ? "✓" : state === "incorrect" ? "✗" : position + 1}
      </span>
      <span lang={lang} className="min-w-0 flex-1 break-words">
        {option.text}
      </span>
      {stateLabel[state] ? (
        <span aria-hidden="true" className="shrink-0 text-sm font-medium">
          {stateLabel[state]}
        </span>
      ) : null}
    </button>
  );
}
