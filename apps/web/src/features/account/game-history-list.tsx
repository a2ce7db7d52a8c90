import type { GameHistoryEntry, Language } from "@lila/shared";
import { Card } from "../../ui/card";
import { Notice } from "../../ui/notice";
import { DIFFICULTY_LABELS, languageName, PART_OF_SPEECH_LABELS } from "../catalog";

const dateFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
  timeStyle: "short",
});

/** The player's games, newest first, each with its settings and score. */
export function GameHistoryList({ games, languages }: { games: GameHistoryEntry[]; languages: readonly Language[] }) {
  if (games.length === 0) {
    return <Notice tone="info">No games yet. Your games appear here once you play.</Notice>;
  }
  return (
    <ul aria-label="Your games" className="space-y-3">
      {games.map((game) => (
        <Card as="li" size="small" key={game.gameId} className="flex flex-wrap items-center justify-between gap-2">
          <div>
            <p className="font-semibold text-slate-900">
              {languageName(languages, game.source_language)} → {languageName(languages, game.target_language)}
            </p>
            <p className="text-sm text-slate-600">
              {PART_OF_SPEECH_LABELS[game.pos]} · {DIFFICULTY_LABELS[game.difficulty]} ·{" "}
              <time dateTime={game.startedAt}>{dateFormat.format(new Date(game.startedAt))}</time>
            </p>
          </div>
          <p className="text-lg font-bold text-violet-900">
            {game.correct} of {game.rounds}
            {game.finishedAt ? null : <span className="ml-2 text-sm font-medium text-slate-500">(unfinished)</span>}
          </p>
        </Card>
      ))}
    </ul>
  );
}
