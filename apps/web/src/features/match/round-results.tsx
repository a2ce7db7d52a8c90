import type { LobbyPlayer, Question } from "@lila/shared";
import { Card } from "../../ui/card";
import type { RoundOutcome } from "./match-state";

interface RoundResultsProps {
  question: Question;
  outcome: RoundOutcome;
  players: LobbyPlayer[];
  selfId: string | null;
  isLastRound: boolean;
}

function optionText(question: Question, optionId: number | null): string | null {
  if (optionId === null) return null;
  return question.options.find((option) => option.optionId === optionId)?.text ?? null;
}

/** After a round: the right answer, everyone's pick (or none) and the points. Lives inside a live region. */
export function RoundResults({ question, outcome, players, selfId, isLastRound }: RoundResultsProps) {
  const names = new Map(players.map((player) => [player.userId, player.name]));
  const mine = outcome.results.find((result) => result.userId === selfId);
  const correctText = optionText(question, outcome.correctOptionId) ?? "";
  let verdict = `The answer was “${correctText}”.`;
  if (mine?.isCorrect) verdict = `Correct! “${correctText}” is right.`;
  else if (mine && mine.selectedOptionId !== null) verdict = `Not quite. The answer was “${correctText}”.`;
  else if (mine) verdict = `Time's up. The answer was “${correctText}”.`;

  return (
    <Card size="small" className="space-y-3">
      <p className={`text-lg font-semibold ${mine?.isCorrect ? "text-green-900" : "text-slate-900"}`}>{verdict}</p>
      <h2 className="sr-only">Round results</h2>
      <ul className="space-y-1.5" aria-label="Round results">
        {outcome.results.map((result) => {
          const choice = optionText(question, result.selectedOptionId);
          return (
            <li key={result.userId} className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
              <span
                aria-hidden="true"
                className={`inline-flex size-6 shrink-0 items-center justify-center rounded-full text-sm font-bold text-white ${result.isCorrect ? "bg-green-700" : choice === null ? "bg-slate-400" : "bg-red-700"}`}
              >
                {result.isCorrect ? "✓" : choice === null ? "–" : "✗"}
              </span>
              <span className="font-semibold text-slate-900">
                {names.get(result.userId) ?? "A player"}
                {result.userId === selfId ? " (you)" : ""}:
              </span>
              <span className={choice === null ? "text-slate-600 italic" : "text-slate-800"}>
                {choice ?? "no answer"}
              </span>
              <span className="sr-only">{result.isCorrect ? ", correct" : ", wrong"}</span>
              <span className={`ml-auto font-semibold ${result.points > 0 ? "text-green-900" : "text-slate-500"}`}>
                +{result.points}
                <span className="sr-only">{result.points === 1 ? " point" : " points"}</span>
              </span>
            </li>
          );
        })}
      </ul>
      <p className="text-sm text-slate-600">
        {isLastRound ? "That was the last round. Final ranking coming up…" : "Next question coming up…"}
      </p>
    </Card>
  );
}
