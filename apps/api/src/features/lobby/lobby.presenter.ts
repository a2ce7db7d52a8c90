import type { LobbyRecord } from "@lila/db";
import type { Lobby } from "@lila/shared";

/** A lobby as the HTTP routes return it; live presence comes over the socket. */
export function presentLobbyRecord(record: LobbyRecord): Lobby {
  return {
    lobbyId: record.id,
    code: record.code,
    status: record.status,
    hostId: record.hostId,
    settings: record.settings,
    maxPlayers: record.maxPlayers,
    players: record.players.map((player) => ({
      userId: player.userId,
      name: player.name,
      isHost: player.userId === record.hostId,
      connected: false,
      score: player.score,
    })),
  };
}
