import type { FinalStanding, LobbyPlayer } from "@lila/shared";

export interface Standing {
  userId: string;
  name: string;
  score: number;
  rank: number;
}

export interface PodiumPlace {
  rank: number;
  players: Standing[];
}

/**
 * Ranks by score, highest first; equal scores share a rank and the next rank
 * skips ("1, 1, 3"), so a tie for first still leaves the third step empty of a "2".
 */
export function rankByScore(players: readonly { userId: string; name: string; score: number }[]): Standing[] {
  const sorted = [...players].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  let rank = 0;
  return sorted.map((player, index) => {
    const previous = sorted[index - 1];
    if (!previous || previous.score !== player.score) rank = index + 1;
    return {
      userId: player.userId,
      name: player.name,
      score: player.score,
      rank,
    };
  });
}

/** The server's final standings in rank order (its ranks are the judge). */
export function orderStandings(standings: readonly FinalStanding[]): Standing[] {
  return [...standings].sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name));
}

/** Standings when the match is over but the final message was missed: from the lobby's scores. */
export function standingsFromLobby(players: readonly LobbyPlayer[]): Standing[] {
  return rankByScore(players);
}

/** The podium's steps: the first three ranks that exist, tied players together on one step. */
export function podiumPlaces(standings: readonly Standing[], steps = 3): PodiumPlace[] {
  const places: PodiumPlace[] = [];
  for (const standing of standings) {
    if (standing.rank > steps) continue;
    const place = places.find((candidate) => candidate.rank === standing.rank);
    if (place) place.players.push(standing);
    else places.push({ rank: standing.rank, players: [standing] });
  }
  return places.sort((a, b) => a.rank - b.rank);
}

/** The winners: the server's list when it sent one, else everyone ranked first. */
export function winnerIdsOf(standings: readonly Standing[], serverWinnerIds?: readonly string[]): string[] {
  if (serverWinnerIds && serverWinnerIds.length > 0) return [...serverWinnerIds];
  return standings.filter((standing) => standing.rank === 1).map((standing) => standing.userId);
}

const ORDINALS = ["1st", "2nd", "3rd"];

export function ordinal(rank: number): string {
  return ORDINALS[rank - 1] ?? `${rank}th`;
}
