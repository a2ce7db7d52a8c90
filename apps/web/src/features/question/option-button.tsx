import type { QuestionOption } from "@lila/shared";

/** pending: sent, waiting for the verdict (singleplayer); selected: locked in, waiting for the round (match). */
export type OptionState = "idle" | "pending" | "selected" | "correct" | "incorrect" | "dimmed";

interface OptionButtonProps {
  option: QuestionOption;
  position: number;
  /** Language of the option text. */
  lang: string;
  state: OptionState;
  disabled: boolean;
  onSelect: () => void;
}

const stateClasses: Record<OptionState, string> = {
  idle: "border-slate-300 bg-white text-slate-900 hover:border-violet-500 hover:bg-violet-50 active:bg-violet-100 disabled:hover:border-slate-300 disabled:hover:bg-white",
  pending: "border-violet-600 bg-violet-50 text-violet-950",
  selected: "border-violet-700 bg-violet-50 text-violet-950",
  correct: "border-green-700 bg-green-50 text-green-950",
  incorrect: "border-red-700 bg-red-50 text-red-950",
  dimmed: "border-slate-200 bg-white text-slate-500",
};

const badgeClasses: Record<OptionState, string> = {
  idle: "bg-slate-100 text-slate-700",
  pending: "bg-violet-200 text-violet-900",
  selected: "bg-violet-700 text-white",
  correct: "bg-green-700 text-white",
  incorrect: "bg-red-700 text-white",
  dimmed: "bg-slate-100 text-slate-500",
};

/** Visible text next to the colour, so right and wrong never rely on colour alone. */
const stateLabel: Partial<Record<OptionState, string>> = {
  pending: "Checking…",
  selected: "Your answer",
  correct: "Correct answer",
  incorrect: "Your answer",
};

const badgeContent: Partial<Record<OptionState, string>> = {
  correct: "✓",
  incorrect: "✗",
};

/**
 * One of the four answers, in a singleplayer game and in a match alike.
 * The accessible name is the option text alone (number, icon and state label are
 * aria-hidden); the outcome is announced by the feedback live region.
 */
export function OptionButton({ option, position, lang, state, disabled, onSelect }: OptionButtonProps) {
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
        {badgeContent[state] ?? position + 1}
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
