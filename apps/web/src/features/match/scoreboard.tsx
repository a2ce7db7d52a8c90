import type { LobbyPlayer } from "@lila/shared";
import { Card } from "../../ui/card";
import { Heading } from "../../ui/heading";
import { rankByScore } from "./podium";

interface ScoreboardProps {
  players: LobbyPlayer[];
  scores: Record<string, number>;
  selfId: string | null;
  /** Points won in the round just shown, by user id. */
  lastPoints?: Record<string, number> | undefined;
}

/** The live standings during a match, best first, ties sharing a place. */
export function Scoreboard({ players, scores, selfId, lastPoints }: ScoreboardProps) {
  const standings = rankByScore(
    players.map((player) => ({
      userId: player.userId,
      name: player.name,
      score: scores[player.userId] ?? player.score,
    })),
  );
  const connectedById = new Map(players.map((player) => [player.userId, player.connected]));
  return (
    <section aria-labelledby="scoreboard-heading" className="space-y-2">
      <Heading level={2} size="subsection" id="scoreboard-heading">
        Scores
      </Heading>
      <Card as="ol" size="small" padded={false} className="divide-y divide-slate-100">
        {standings.map((standing) => {
          const gained = lastPoints?.[standing.userId];
          return (
            <li key={standing.userId} className="flex min-h-12 items-center gap-3 px-4 py-2">
              <span className="w-6 shrink-0 text-center font-bold text-slate-500">
                <span className="sr-only">Place </span>
                {standing.rank}
              </span>
              <span className="min-w-0 flex-1 break-words">
                <span
                  className={standing.userId === selfId ? "font-bold text-violet-900" : "font-medium text-slate-900"}
                >
                  {standing.name}
                </span>
                {standing.userId === selfId ? <span className="text-slate-600"> (you)</span> : null}
                {connectedById.get(standing.userId) === false ? (
                  <span className="block text-sm text-amber-800">Reconnecting…</span>
                ) : null}
              </span>
              {gained ? (
                <span className="shrink-0 rounded-full bg-green-100 px-2 text-sm font-semibold text-green-900">
                  +{gained}
                </span>
              ) : null}
              <span className="w-14 shrink-0 text-right font-mono text-lg font-bold tabular-nums text-slate-900">
                {standing.score}
              </span>
            </li>
          );
        })}
      </Card>
    </section>
  );
}
