import type { WsServerMessage } from "@lila/shared";
import type { LobbyEffect } from "../lobby/index.js";
import type { RoomState, Transition } from "./room-state.js";

/** A transition being built: a copy of the state to change, and what to send and record. */
export interface Draft {
  state: RoomState;
  broadcasts: WsServerMessage[];
  effects: LobbyEffect[];
}

/**
 * A copy that the rules may change. Only what transitions mutate is copied:
 * questions, settings and results are replaced, never changed in place, so
 * they are shared (a full deep clone per answer was the hottest path of bench:ws).
 */
export function draftOf(state: RoomState): Draft {
  const copy: RoomState = {
    ...state,
    players: state.players.map((player) => ({ ...player, connections: { ...player.connections } })),
    match: state.match ? { ...state.match, answers: { ...state.match.answers } } : null,
  };
  return { state: copy, broadcasts: [], effects: [] };
}

export function done(draft: Draft, replies: WsServerMessage[] = [], state: RoomState | null = draft.state): Transition {
  return { state, broadcasts: draft.broadcasts, replies, effects: draft.effects };
}

export function unchanged(replies: WsServerMessage[] = []): Transition {
  return { state: undefined, broadcasts: [], replies, effects: [] };
}
