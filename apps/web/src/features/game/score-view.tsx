import { Button } from "../../ui/button";
import { Card } from "../../ui/card";
import { Heading } from "../../ui/heading";
import { useMoveFocus } from "../../ui/use-move-focus";
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
    <Card as="li" size="small" className="flex items-start gap-3">
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
    </Card>
  );
}

export function ScoreView({ game, onPlayAgain, onChangeSettings }: ScoreViewProps) {
  // The game's id never changes while this view is up: focus moves here once, when the score appears.
  const headingRef = useMoveFocus<HTMLHeadingElement>(game.sessionId);
  const { correct, total } = scoreOf(game);
  const rows = breakdownOf(game);

  return (
    <section aria-labelledby="score-heading" className="space-y-6">
      <Card padded={false} className="px-5 py-8 text-center">
        <Heading level={1} size="display" id="score-heading" ref={headingRef} tabIndex={-1}>
          You got {correct} of {total}
        </Heading>
        <p className="mt-2 text-slate-700">{encouragement(correct, total)}</p>
        <div className="mt-6 flex flex-col justify-center gap-3 sm:flex-row">
          <Button onClick={onPlayAgain}>Play again</Button>
          <Button variant="secondary" onClick={onChangeSettings}>
            Change settings
          </Button>
        </div>
      </Card>

      <div>
        <Heading level={2} size="section">
          Your answers
        </Heading>
        <ol className="mt-3 space-y-3">
          {rows.map((row, index) => (
            <BreakdownItem key={row.questionId} row={row} number={index + 1} />
          ))}
        </ol>
      </div>
    </section>
  );
}
