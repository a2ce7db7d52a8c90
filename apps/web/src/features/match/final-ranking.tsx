import { Link } from "@tanstack/react-router";
import { Button, buttonClass } from "../../ui/button";
import { Card } from "../../ui/card";
import { Heading } from "../../ui/heading";
import { useMoveFocus } from "../../ui/use-move-focus";
import { ordinal, podiumPlaces, type PodiumPlace, type Standing } from "./podium";

interface FinalRankingProps {
  standings: Standing[];
  winnerIds: string[];
  selfId: string | null;
  isHost: boolean;
  connected: boolean;
  onRematch: () => void;
  onLeave: () => void;
}

function headline(standings: Standing[], winnerIds: string[], selfId: string | null): string {
  const winners = standings.filter((standing) => winnerIds.includes(standing.userId));
  const youWon = selfId !== null && winnerIds.includes(selfId);
  if (winners.length === 0) return "Final ranking";
  if (youWon) return winners.length === 1 ? "You won!" : "You tied for first!";
  const names = winners.map((winner) => winner.name);
  if (names.length === 1) return `${names[0]} wins!`;
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)} tie for first!`;
}

/** Steps drawn 2nd · 1st · 3rd, the usual podium order; heights by place. */
const stepHeight: Record<number, string> = { 1: "h-28 sm:h-32", 2: "h-20 sm:h-24", 3: "h-14 sm:h-16" };
const stepColor: Record<number, string> = {
  1: "bg-amber-300 text-amber-950",
  2: "bg-slate-300 text-slate-900",
  3: "bg-orange-300 text-orange-950",
};

function PodiumStep({ place, selfId }: { place: PodiumPlace; selfId: string | null }) {
  return (
    <li className="flex min-w-0 flex-1 flex-col items-center justify-end gap-1">
      <ul className="flex w-full flex-col items-center gap-0.5 text-center">
        {place.players.map((player) => (
          <li key={player.userId} className="w-full font-semibold break-words text-slate-900">
            {player.name}
            {player.userId === selfId ? <span className="font-normal text-slate-600"> (you)</span> : null}
            <span className="block text-sm font-normal text-slate-600">
              {player.score === 1 ? "1 point" : `${player.score} points`}
            </span>
          </li>
        ))}
      </ul>
      <div
        className={`flex w-full items-start justify-center rounded-t-xl pt-2 text-2xl font-extrabold ${stepHeight[place.rank] ?? "h-12"} ${stepColor[place.rank] ?? "bg-slate-200"}`}
      >
        {ordinal(place.rank)}
      </div>
    </li>
  );
}

export function FinalRanking({
  standings,
  winnerIds,
  selfId,
  isHost,
  connected,
  onRematch,
  onLeave,
}: FinalRankingProps) {
  // Focus moves to the result once, when the ranking appears.
  const headingRef = useMoveFocus<HTMLHeadingElement>(true);
  const places = podiumPlaces(standings);
  // 2nd, 1st, 3rd from left to right; with ties some steps are missing.
  const drawOrder = [...places].sort((a, b) => podiumSlot(a.rank) - podiumSlot(b.rank));

  return (
    <section aria-labelledby="final-heading" className="space-y-6">
      <Card surface="amber" padded={false} className="px-4 pt-8 text-center sm:px-8">
        <Heading level={1} size="display" id="final-heading" ref={headingRef} tabIndex={-1}>
          {headline(standings, winnerIds, selfId)}
        </Heading>
        <p className="mt-1 text-slate-700">The match is over. Here is the podium.</p>
        <ol className="mx-auto mt-6 flex max-w-md items-end gap-2" aria-label="Podium">
          {drawOrder.map((place) => (
            <PodiumStep key={place.rank} place={place} selfId={selfId} />
          ))}
        </ol>
      </Card>

      <div>
        <Heading level={2} size="subsection">
          Final ranking
        </Heading>
        <Card as="ol" size="small" padded={false} className="mt-2 divide-y divide-slate-100" aria-label="Final ranking">
          {standings.map((standing) => {
            const winner = winnerIds.includes(standing.userId);
            return (
              <li
                key={standing.userId}
                className={`flex min-h-12 items-center gap-3 px-4 py-2 ${winner ? "bg-amber-50" : ""}`}
              >
                <span className="w-10 shrink-0 font-bold text-slate-700">{ordinal(standing.rank)}</span>
                <span className="min-w-0 flex-1">
                  <span className="font-semibold break-words text-slate-900">{standing.name}</span>
                  {standing.userId === selfId ? <span className="text-slate-600"> (you)</span> : null}
                  {winner ? (
                    <span className="mt-0.5 block w-fit rounded-full bg-amber-300 px-2.5 py-0.5 text-sm font-bold text-amber-950">
                      Winner
                    </span>
                  ) : null}
                </span>
                <span className="w-12 shrink-0 text-right font-mono text-lg font-bold tabular-nums">
                  {standing.score}
                </span>
              </li>
            );
          })}
        </Card>
      </div>

      <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-center">
        {isHost ? (
          <Button disabled={!connected} onClick={onRematch}>
            Rematch
          </Button>
        ) : (
          <p className="font-medium text-slate-700 sm:mr-auto">Waiting for the host to start a rematch…</p>
        )}
        <Link to="/multiplayer" className={buttonClass("secondary")} onClick={onLeave}>
          Back to multiplayer
        </Link>
        <Link to="/" className={buttonClass("secondary")} onClick={onLeave}>
          Home
        </Link>
      </div>
    </section>
  );
}

function podiumSlot(rank: number): number {
  return rank === 1 ? 1 : rank === 2 ? 0 : 2;
}
