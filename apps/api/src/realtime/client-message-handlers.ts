import { WsClientMessage, type WsClientMessageType } from "@lila/shared";
import type { JoinAttempts } from "../features/lobby/index.js";
import type { MatchRoom, MatchRooms, RoomSocket } from "../features/match/index.js";

/** A socket connection as the handlers see it: the player, and the lobbies this socket is in. */
export interface ClientConnection {
  socket: RoomSocket;
  lobbyIds: Set<string>;
  /** The client's address (for the join-attempt limit). */
  address: string;
}

type Handler<K extends WsClientMessageType> = (
  connection: ClientConnection,
  message: Extract<WsClientMessage, { type: K }>,
) => Promise<void>;
type Handlers = { [K in WsClientMessageType]: Handler<K> };

export const CLIENT_MESSAGE_TYPES = new Set<string>(WsClientMessage.options.map((option) => option.shape.type.value));

/**
 * One handler per client message type; the mapped type makes the table
 * exhaustive over the shared union, so a new message type fails to compile
 * until it is handled.
 */
export function createClientMessageHandlers(rooms: MatchRooms, joinAttempts: JoinAttempts): Handlers {
  /** Runs `action` in the room named by the message, if the socket's player has a seat there. */
  const inRoom =
    <K extends WsClientMessageType>(
      action: (
        room: MatchRoom,
        connection: ClientConnection,
        message: Extract<WsClientMessage, { type: K }>,
        justConnected: boolean,
      ) => Promise<void>,
    ): Handler<K> =>
    async (connection, message) => {
      const found = await rooms.roomFor(connection.socket, (message as { lobbyId: string }).lobbyId);
      if (!found) return;
      connection.lobbyIds.add(found.room.lobbyId);
      await action(found.room, connection, message, found.justConnected);
    };

  return {
    "lobby:join": async (connection, message) => {
      // Codes must not be guessable: every attempt counts, whichever socket or process it comes through.
      await joinAttempts.check(connection.socket.identity.userId, connection.address);
      connection.lobbyIds.add(await rooms.join(connection.socket, message.code));
    },
    "lobby:leave": inRoom(async (room, connection) => {
      await room.leave(connection.socket);
      if (!room.has(connection.socket)) connection.lobbyIds.delete(room.lobbyId);
    }),
    "lobby:settings": inRoom((room, connection, message) => room.changeSettings(connection.socket, message.settings)),
    "lobby:start": inRoom((room, connection) => room.start(connection.socket, "start")),
    "lobby:rematch": inRoom((room, connection) => room.start(connection.socket, "rematch")),
    // A socket that was just connected by this message already received the room's snapshot.
    "game:ready": inRoom((room, connection, _message, justConnected) =>
      justConnected ? Promise.resolve() : room.ready(connection.socket),
    ),
    "game:answer": inRoom((room, connection, message) =>
      room.answer(connection.socket, message.questionId, message.selectedOptionId),
    ),
  };
}

/** Calls the handler of a parsed message (the cast is safe: the table is keyed by the message's own type). */
export function dispatchClientMessage(
  handlers: Handlers,
  connection: ClientConnection,
  message: WsClientMessage,
): Promise<void> {
  const handler = handlers[message.type] as (connection: ClientConnection, message: WsClientMessage) => Promise<void>;
  return handler(connection, message);
}
