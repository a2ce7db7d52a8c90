import type { GameHistoryEntry, Language } from "@lila/shared";
import { DIFFICULTY_LABELS, languageName, PART_OF_SPEECH_LABELS } from "../catalog";

const dateFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
  timeStyle: "short",
});

/** The player's games, newest first, each with its settings and score. */
export function GameHistoryList({ games, languages }: { games: GameHistoryEntry[]; languages: readonly Language[] }) {
  if (games.length === 0) {
    return (
      <p className="rounded-2xl bg-white p-5 text-slate-700 ring-1 ring-slate-200">
        No games yet. Your games appear here once you play.
      </p>
    );
  }
  return (
    <ul aria-label="Your games" className="space-y-3">
      {games.map((game) => (
        <li
          key={game.gameId}
          className="flex flex-wrap items-center justify-between gap-2 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200"
        >
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
        </li>
      ))}
    </ul>
  );
}
