import { WsClientMessage, type WsClientMessageType } from "@lila/shared";
import type { MatchRoom, RoomSocket } from "../features/lobby/match-room.js";
import type { MatchRooms } from "../features/lobby/match-rooms.js";

/** A socket as the handlers see it: the player, and the lobbies this socket is in. */
export interface ClientSession {
  socket: RoomSocket;
  lobbyIds: Set<string>;
}

type Handler<K extends WsClientMessageType> = (
  session: ClientSession,
  message: Extract<WsClientMessage, { type: K }>,
) => Promise<void>;
type Handlers = { [K in WsClientMessageType]: Handler<K> };

export const CLIENT_MESSAGE_TYPES = new Set<string>(WsClientMessage.options.map((option) => option.shape.type.value));

/**
 * One handler per client message type; the mapped type makes the table
 * exhaustive over the shared union, so a new message type fails to compile
 * until it is handled.
 */
export function createClientMessageHandlers(rooms: MatchRooms): Handlers {
  /** Runs `action` in the room named by the message, if the socket's player has a seat there. */
  const inRoom =
    <K extends WsClientMessageType>(
      action: (
        room: MatchRoom,
        session: ClientSession,
        message: Extract<WsClientMessage, { type: K }>,
        justConnected: boolean,
      ) => Promise<void>,
    ): Handler<K> =>
    async (session, message) => {
      const found = await rooms.roomFor(session.socket, (message as { lobbyId: string }).lobbyId);
      if (!found) return;
      session.lobbyIds.add(found.room.lobbyId);
      await action(found.room, session, message, found.justConnected);
    };

  return {
    "lobby:join": async (session, message) => {
      session.lobbyIds.add(await rooms.join(session.socket, message.code));
    },
    "lobby:leave": inRoom(async (room, session) => {
      await room.leave(session.socket);
      if (!room.has(session.socket)) session.lobbyIds.delete(room.lobbyId);
    }),
    "lobby:settings": inRoom((room, session, message) => room.changeSettings(session.socket, message.settings)),
    "lobby:start": inRoom((room, session) => room.start(session.socket, "start")),
    "lobby:rematch": inRoom((room, session) => room.start(session.socket, "rematch")),
    // A socket that was just connected by this message already received the room's snapshot.
    "game:ready": inRoom((room, session, _message, justConnected) =>
      justConnected ? Promise.resolve() : room.ready(session.socket),
    ),
    "game:answer": inRoom((room, session, message) =>
      room.answer(session.socket, message.questionId, message.selectedOptionId),
    ),
  };
}

/** Calls the handler of a parsed message (the cast is safe: the table is keyed by the message's own type). */
export function dispatchClientMessage(
  handlers: Handlers,
  session: ClientSession,
  message: WsClientMessage,
): Promise<void> {
  const handler = handlers[message.type] as (session: ClientSession, message: WsClientMessage) => Promise<void>;
  return handler(session, message);
}
