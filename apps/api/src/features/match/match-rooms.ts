import type { LobbyRecord } from "@lila/db";
import { ForbiddenError, NotFoundError } from "../../lib/errors.js";
import { socketError } from "../../lib/socket-errors.js";
import { MatchRoom, type MatchRoomDeps } from "./match-room.js";
import { sendMessage, type RoomSocket } from "./room-socket.js";
import type { LobbyService } from "../lobby/index.js";
import { matchLostMessage, openRoomFromRecord } from "./room-recovery.js";
import { isMember } from "./room-rules.js";

export interface MatchRoomsDeps extends MatchRoomDeps {
  lobbies: Pick<LobbyService, "findByCode" | "findById" | "joinLobby">;
}

/**
 * The match rooms open in this process, by lobby id. A room is opened when a
 * socket here joins its lobby and closes itself when it has nothing left to do.
 */
export class MatchRooms {
  private readonly rooms = new Map<string, MatchRoom>();
  private readonly opening = new Map<string, Promise<MatchRoom>>();

  constructor(private readonly deps: MatchRoomsDeps) {}

  get size(): number {
    return this.rooms.size;
  }

  /** lobby:join {code}: takes a seat if the player has none yet, then connects the socket to the room. */
  async join(socket: RoomSocket, code: string): Promise<string> {
    let record = await this.deps.lobbies.findByCode(code);
    if (!record) throw new NotFoundError("There is no lobby with this code. Check the code and try again.");
    const room = await this.deps.store.load(record.id);
    const seated = room ? isMember(room.state, socket.identity.userId) : isSeated(record, socket.identity.userId);
    if (!seated) record = await this.deps.lobbies.joinLobby(socket.identity, code);
    // No room yet (a new lobby), or none any more (lost with the store): open it from the record.
    const lost = room ? false : (await openRoomFromRecord(this.deps, record)).lost;
    // The seat keeps the name it was taken with (a guest's nickname), not the session's.
    const seatName = record.players.find((player) => player.userId === socket.identity.userId)?.name;
    await this.attach(socket, record.id, seatName);
    if (lost) sendMessage(socket, matchLostMessage(record.id));
    return record.id;
  }

  /**
   * The room of a message naming a lobby. A socket that has not joined it yet
   * (a reload that sends game:ready first) is connected when its player has a
   * seat; anyone else is refused. Returns null when the socket was just connected.
   */
  async roomFor(socket: RoomSocket, lobbyId: string): Promise<{ room: MatchRoom; justConnected: boolean } | null> {
    const open = this.rooms.get(lobbyId);
    if (open?.has(socket)) return { room: open, justConnected: false };
    const loaded = await this.deps.store.load(lobbyId);
    const lost = loaded ? false : await this.reopenForSeatedPlayer(socket, lobbyId);
    if (lost === null || (loaded && !isMember(loaded.state, socket.identity.userId))) {
      sendMessage(socket, socketError(new ForbiddenError("You are not in this lobby.")));
      return null;
    }
    const room = await this.attach(socket, lobbyId);
    if (lost) sendMessage(socket, matchLostMessage(lobbyId));
    return room ? { room, justConnected: true } : null;
  }

  /**
   * A seated player comes back (game:ready after a reload) to a room the store
   * lost: it is opened again from the record. Null when the player has no seat
   * there; otherwise whether a running match was lost.
   */
  private async reopenForSeatedPlayer(socket: RoomSocket, lobbyId: string): Promise<boolean | null> {
    const record = await this.deps.lobbies.findById(lobbyId);
    if (!record || !isSeated(record, socket.identity.userId)) return null;
    return (await openRoomFromRecord(this.deps, record)).lost;
  }

  /** The socket closed: its player keeps the seat for the grace period. */
  async detach(socket: RoomSocket, lobbyIds: Iterable<string>): Promise<void> {
    await Promise.all([...lobbyIds].map((lobbyId) => this.rooms.get(lobbyId)?.detach(socket) ?? Promise.resolve()));
  }

  /** Shutdown: every room here lets go of its sockets (their players count as disconnected) and closes. */
  async close(sockets: Map<RoomSocket, Iterable<string>>): Promise<void> {
    await Promise.all([...sockets].map(([socket, lobbyIds]) => this.detach(socket, lobbyIds)));
    await Promise.all([...this.rooms.values()].map((room) => room.dispose()));
  }

  private async attach(socket: RoomSocket, lobbyId: string, seatName?: string): Promise<MatchRoom | null> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const room = await this.open(lobbyId);
      if (await room.attach(socket, seatName)) return room.has(socket) ? room : null;
    }
    throw new Error(`could not open the room of lobby ${lobbyId}`);
  }

  private async open(lobbyId: string): Promise<MatchRoom> {
    const existing = this.rooms.get(lobbyId);
    if (existing && !existing.isDisposed) return existing;
    const pending = this.opening.get(lobbyId);
    if (pending) return pending;
    const opening = (async () => {
      const room = new MatchRoom(lobbyId, this.deps, (disposed) => {
        if (this.rooms.get(lobbyId) === disposed) this.rooms.delete(lobbyId);
      });
      await room.open();
      this.rooms.set(lobbyId, room);
      return room;
    })().finally(() => this.opening.delete(lobbyId));
    this.opening.set(lobbyId, opening);
    return opening;
  }
}

function isSeated(record: LobbyRecord, userId: string): boolean {
  return record.players.some((player) => player.userId === userId);
}
