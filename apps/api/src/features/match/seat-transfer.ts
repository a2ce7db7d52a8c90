import type { Clock } from "../../lib/clock.js";
import { draftOf, done, unchanged } from "./room-draft.js";
import { lobbyStateMessage } from "./room.presenter.js";
import type { RoomState, Transition } from "./room-state.js";
import type { RoomStore } from "./room.store.js";

/**
 * A guest became an account (the guest user is deleted): its seat becomes the
 * account's, hosting and the current round's answer included, so the lobby
 * keeps its host and the player their score. Where the account already sits
 * in the room, the guest's seat goes. The seat counts as disconnected: the
 * guest's sockets are closed (their session ended) and the account reconnects.
 */
export function transferSeat(state: RoomState, fromUserId: string, toUserId: string, now: number): Transition {
  if (!state.players.some((player) => player.userId === fromUserId)) return unchanged();
  const draft = draftOf(state);
  const room = draft.state;
  if (room.players.some((player) => player.userId === toUserId)) {
    room.players = room.players.filter((player) => player.userId !== fromUserId);
  } else {
    const seat = room.players.find((player) => player.userId === fromUserId)!;
    seat.userId = toUserId;
    seat.connections = {};
    seat.disconnectedAt = now;
  }
  if (room.hostId === fromUserId) room.hostId = toUserId;
  const answer = room.match?.answers[fromUserId];
  if (room.match && answer) {
    delete room.match.answers[fromUserId];
    room.match.answers[toUserId] ??= answer;
  }
  if (room.result) {
    room.result = {
      standings: room.result.standings.map((standing) =>
        standing.userId === fromUserId ? { ...standing, userId: toUserId } : standing,
      ),
      winnerIds: room.result.winnerIds.map((id) => (id === fromUserId ? toUserId : id)),
    };
  }
  draft.broadcasts.push(lobbyStateMessage(room));
  return done(draft);
}

/** Moves the guest's seat in each of these lobbies' rooms, and tells their players. */
export async function transferRoomSeats(
  store: RoomStore,
  clock: Clock,
  lobbyIds: string[],
  fromUserId: string,
  toUserId: string,
): Promise<void> {
  for (const lobbyId of lobbyIds) {
    const { value, version, state } = await store.update(lobbyId, (current) => {
      const transition = current ? transferSeat(current, fromUserId, toUserId, clock.now()) : unchanged();
      return { state: transition.state, value: transition };
    });
    if (value.state === undefined || !state) continue;
    await store.publish({ lobbyId, version, messages: value.broadcasts, wakeAt: null });
  }
}
