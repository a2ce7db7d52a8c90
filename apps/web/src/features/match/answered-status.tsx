import type { LobbyPlayer } from "@lila/shared";

interface AnsweredStatusProps {
  players: LobbyPlayer[];
  answeredUserIds: string[];
  selfId: string | null;
  youAnswered: boolean;
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/**
 * Who is done, never what they picked: "Ann answered." before you answer,
 * "Answer locked in. Waiting for Bob…" after.
 */
export function answeredSentence(
  players: LobbyPlayer[],
  answeredUserIds: string[],
  selfId: string | null,
  youAnswered: boolean,
): string {
  const others = players.filter((player) => player.userId !== selfId);
  const answered = others.filter((player) => answeredUserIds.includes(player.userId));
  const waiting = others.filter((player) => player.connected && !answeredUserIds.includes(player.userId));
  const parts: string[] = [];
  if (youAnswered) parts.push("Answer locked in.");
  if (answered.length > 0) parts.push(`${joinNames(answered.map((player) => player.name))} answered.`);
  if (youAnswered && waiting.length > 0) parts.push(`Waiting for ${joinNames(waiting.map((player) => player.name))}…`);
  if (parts.length === 0) parts.push("Nobody has answered yet.");
  return parts.join(" ");
}

export function AnsweredStatus({ players, answeredUserIds, selfId, youAnswered }: AnsweredStatusProps) {
  return (
    <div className="space-y-2">
      <ul className="flex flex-wrap gap-2" aria-hidden="true">
        {players.map((player) => {
          const done = answeredUserIds.includes(player.userId);
          return (
            <li
              key={player.userId}
              className={`inline-flex min-h-8 items-center gap-1 rounded-full px-3 text-sm font-medium ${done ? "bg-green-100 text-green-900" : "bg-slate-100 text-slate-600"}`}
            >
              {done ? "✓" : "…"} {player.userId === selfId ? "You" : player.name}
            </li>
          );
        })}
      </ul>
      <p className="text-slate-700">{answeredSentence(players, answeredUserIds, selfId, youAnswered)}</p>
    </div>
  );
}
