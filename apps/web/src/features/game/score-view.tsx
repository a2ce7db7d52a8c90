import { useEffect, useRef } from "react";
import { primaryButton, secondaryButton } from "../../ui/button-styles";
import { breakdownOf, scoreOf, type BreakdownRow, type SingleplayerGame } from "./singleplayer-game";

interface ScoreViewProps {
  game: SingleplayerGame;
  onPlayAgain: () => void;
  onChangeSettings: () => void;
}

function encouragement(correct: number, total: number): string {
  const ratio = total === 0 ? 0 : correct / total;
  if (ratio === 1) return "A perfect round. Impressive!";
  if (ratio >= 0.7) return "Great work — you know these well.";
  if (ratio >= 0.4) return "Nice effort. Another round will make them stick.";
  return "Every round helps. Try again and watch the score climb.";
}

function BreakdownItem({ row, number }: { row: BreakdownRow; number: number }) {
  return (
    <li className="flex items-start gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <span
        aria-hidden="true"
        className={`inline-flex size-8 shrink-0 items-center justify-center rounded-full text-base font-bold text-white ${row.isCorrect ? "bg-green-700" : "bg-red-700"}`}
      >
        {row.isCorrect ? "✓" : "✗"}
      </span>
      <div className="min-w-0 flex-1">
        <p className="font-semibold break-words text-slate-900">
          <span className="sr-only">Question {number}: </span>
          {row.prompt}
          <span className="sr-only">{row.isCorrect ? " — correct" : " — wrong"}</span>
        </p>
        <dl className="mt-1 grid grid-cols-[auto_minmax(0,1fr)] gap-x-2 text-sm text-slate-700">
          <dt>Your answer:</dt>
          <dd className="break-words">{row.yourAnswer ?? "—"}</dd>
          {!row.isCorrect ? (
            <>
              <dt>Correct answer:</dt>
              <dd className="font-semibold break-words text-green-900">{row.correctAnswer ?? "—"}</dd>
            </>
          ) : null}
        </dl>
      </div>
    </li>
  );
}

export function ScoreView({ game, onPlayAgain, onChangeSettings }: ScoreViewProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { correct, total } = scoreOf(game);
  const rows = breakdownOf(game);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section aria-labelledby="score-heading" className="space-y-6">
      <div className="rounded-3xl bg-white px-5 py-8 text-center shadow-sm ring-1 ring-slate-200">
        <h1
          id="score-heading"
          ref={headingRef}
          tabIndex={-1}
          className="text-3xl font-extrabold tracking-tight text-violet-950 outline-none sm:text-4xl"
        >
          You got {correct} of {total}
        </h1>
        <p className="mt-2 text-slate-700">{encouragement(correct, total)}</p>
        <div className="mt-6 flex flex-col justify-center gap-3 sm:flex-row">
          <button type="button" className={primaryButton} onClick={onPlayAgain}>
            Play again
          </button>
          <button type="button" className={secondaryButton} onClick={onChangeSettings}>
            Change settings
          </button>
        </div>
      </div>

      <div>
        <h2 className="text-xl font-bold text-slate-900">Your answers</h2>
        <ol className="mt-3 space-y-3">
          {rows.map((row, index) => (
            <BreakdownItem key={row.questionId} row={row} number={index + 1} />
          ))}
        </ol>
      </div>
    </section>
  );
}
