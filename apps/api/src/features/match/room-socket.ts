import type { WsServerMessage } from "@lila/shared";
import type { Identity } from "../../http/identity.js";

/** One open socket of a player, as a room sees it. */
export interface RoomSocket {
  readonly identity: Identity;
  /** Sends an already serialised message (broadcasts are serialised once for all sockets). */
  sendText(text: string): void;
}

export function sendMessage(socket: RoomSocket, message: WsServerMessage): void {
  socket.sendText(JSON.stringify(message));
}
