import { randomUUID } from "node:crypto";
import { MIN_PLAYERS, type MatchSettings, type WsServerMessage } from "@lila/shared";
import type { LobbyRecord } from "@lila/db";
import type { BuiltQuestion } from "../game/index.js";
import { rankPlayers } from "./match-scoring.js";
import { draftOf, done, unchanged } from "./room-draft.js";
import { lobbyStateMessage, questionMessage, snapshotFor } from "./room.presenter.js";
import {
  isConnected,
  refuse,
  type MatchTiming,
  type Refusal,
  type RoomState,
  type Transition,
  type TransitionContext,
} from "./room-state.js";
import { removePlayer, resolveIfEveryoneAnswered, resolveRound } from "./round-resolution.js";

/*
 * The rules of a match room, as pure functions: (state, command, context) →
 * transition. They never mutate their input, never read the clock and never do
 * I/O, so that the room store may run one again on a fresh copy when another
 * process changed the room in between (optimistic concurrency), and so that
 * they can be tested without sockets.
 */

/** The room of a lobby read from PostgreSQL: every seated player starts disconnected until a socket arrives. */
export function createRoomState(record: LobbyRecord, now: number): RoomState {
  const players = record.players.map((player) => ({
    userId: player.userId,
    name: player.name,
    joinedAt: player.joinedAt.getTime(),
    score: player.score,
    connections: {},
    disconnectedAt: now,
  }));
  // A match that was running in a process that is gone (in-memory store) cannot be resumed.
  const status = record.status === "waiting" ? "waiting" : "finished";
  const ranked = status === "finished" && record.players.some((player) => player.rank !== null);
  return {
    lobbyId: record.id,
    code: record.code,
    status,
    hostId: record.hostId,
    settings: record.settings,
    maxPlayers: record.maxPlayers,
    players,
    match: null,
    result: ranked ? rankPlayers(players) : null,
  };
}

/** The earliest moment the room has something to do by itself, or null. */
export function nextWakeup(state: RoomState, timing: MatchTiming): number | null {
  const times: number[] = [];
  if (state.status === "playing" && state.match) {
    times.push(state.match.phase === "question" ? state.match.deadline : (state.match.nextAt ?? state.match.deadline));
  }
  for (const player of state.players)
    if (player.disconnectedAt !== null) times.push(player.disconnectedAt + timing.graceMs);
  return times.length > 0 ? Math.min(...times) : null;
}

export function isMember(state: RoomState, userId: string): boolean {
  return state.players.some((player) => player.userId === userId);
}

/** A socket of `userId` opened on this process (a first join, a second tab, or a reconnect). */
export function connectPlayer(
  state: RoomState,
  player: { userId: string; name: string },
  context: TransitionContext,
): Transition {
  const draft = draftOf(state);
  let seat = draft.state.players.find((candidate) => candidate.userId === player.userId);
  if (!seat) {
    if (state.status !== "waiting") return refuse("conflict", "This match has already started.");
    if (state.players.length >= state.maxPlayers) return refuse("conflict", "This lobby is full.");
    seat = {
      userId: player.userId,
      name: player.name,
      joinedAt: context.now,
      score: 0,
      connections: {},
      disconnectedAt: null,
    };
    draft.state.players.push(seat);
  }
  const wasConnected = isConnected(seat);
  seat.connections[context.instanceId] = (seat.connections[context.instanceId] ?? 0) + 1;
  seat.disconnectedAt = null;
  if (!wasConnected) draft.broadcasts.push(lobbyStateMessage(draft.state));
  return done(draft, snapshotFor(draft.state, player.userId, context.now));
}

/** A socket of `userId` on this process closed: the seat is kept for the grace period. */
export function disconnectPlayer(state: RoomState, userId: string, context: TransitionContext): Transition {
  const draft = draftOf(state);
  const seat = draft.state.players.find((candidate) => candidate.userId === userId);
  if (!seat || !seat.connections[context.instanceId]) return unchanged();
  const left = (seat.connections[context.instanceId] ?? 1) - 1;
  if (left > 0) seat.connections[context.instanceId] = left;
  else delete seat.connections[context.instanceId];
  if (!isConnected(seat)) {
    seat.disconnectedAt = context.now;
    draft.broadcasts.push(lobbyStateMessage(draft.state));
    resolveIfEveryoneAnswered(draft, context);
  }
  return done(draft);
}

/** The player leaves for good (lobby:leave, or the grace period ran out). */
export function leaveRoom(state: RoomState, userId: string, context: TransitionContext): Transition {
  if (!isMember(state, userId)) return refuse("forbidden", "You are not in this lobby.");
  const draft = draftOf(state);
  const closed = removePlayer(draft, userId, context);
  return done(draft, [], closed ? null : draft.state);
}

export function changeSettings(state: RoomState, userId: string, settings: MatchSettings): Transition {
  if (!isMember(state, userId)) return refuse("forbidden", "You are not in this lobby.");
  if (state.hostId !== userId) return refuse("forbidden", "Only the host can change the settings.");
  if (state.status === "playing") return refuse("conflict", "The settings cannot change during a match.");
  const draft = draftOf(state);
  draft.state.settings = settings;
  draft.broadcasts.push(lobbyStateMessage(draft.state));
  draft.effects.push({ kind: "settings_changed", settings });
  return done(draft);
}

/** Checked before the questions are drawn (and again when they are in, since the room may have moved). */
export function checkStart(state: RoomState, userId: string, kind: "start" | "rematch"): Refusal | null {
  if (!isMember(state, userId)) return { code: "forbidden", message: "You are not in this lobby." };
  if (state.hostId !== userId)
    return {
      code: "forbidden",
      message: `Only the host can ${kind === "start" ? "start the match" : "start a rematch"}.`,
    };
  if (kind === "start" && state.status !== "waiting")
    return { code: "conflict", message: "The match has already started." };
  if (kind === "rematch" && state.status !== "finished")
    return { code: "conflict", message: "A rematch can start once the match is over." };
  if (state.players.filter(isConnected).length < MIN_PLAYERS) {
    return { code: "conflict", message: `At least ${MIN_PLAYERS} connected players are needed to start.` };
  }
  return null;
}

export function startMatch(
  state: RoomState,
  input: { userId: string; kind: "start" | "rematch"; settings: MatchSettings; questions: BuiltQuestion[] },
  context: TransitionContext,
): Transition {
  const refusal = checkStart(state, input.userId, input.kind);
  if (refusal) return refuse(refusal.code, refusal.message);
  if (JSON.stringify(state.settings) !== JSON.stringify(input.settings)) {
    return refuse("conflict", "The settings changed while the match was being prepared. Start again.");
  }
  const draft = draftOf(state);
  for (const player of draft.state.players) player.score = 0;
  draft.state.status = "playing";
  draft.state.result = null;
  draft.state.match = {
    matchId: randomUUID(),
    questions: input.questions,
    round: 0,
    phase: "question",
    roundStartedAt: context.now,
    deadline: context.now + context.timing.roundMs,
    nextAt: null,
    answers: {},
    lastResults: null,
  };
  draft.broadcasts.push(lobbyStateMessage(draft.state));
  draft.broadcasts.push(questionMessage(draft.state, context.now) as WsServerMessage);
  draft.effects.push({ kind: "match_started", settings: input.settings });
  return done(draft);
}

export function answerQuestion(
  state: RoomState,
  input: { userId: string; questionId: string; selectedOptionId: number },
  context: TransitionContext,
): Transition {
  if (!isMember(state, input.userId)) return refuse("forbidden", "You are not in this lobby.");
  const match = state.match;
  if (state.status !== "playing" || !match) return refuse("conflict", "No match is running in this lobby.");
  const current = match.questions[match.round];
  if (current?.questionId !== input.questionId) {
    return match.questions.some((question) => question.questionId === input.questionId)
      ? refuse("conflict", "That question is not the current one.")
      : refuse("not_found", "That question is not part of this match.");
  }
  if (match.answers[input.userId]) return refuse("conflict", "You already answered this question.");
  if (match.phase !== "question" || context.now > match.deadline)
    return refuse("conflict", "Too late: the time for this question is up.");
  const draft = draftOf(state);
  const draftMatch = draft.state.match!;
  draftMatch.answers[input.userId] = { optionId: input.selectedOptionId, at: context.now };
  draft.broadcasts.push({
    type: "game:answered",
    lobbyId: state.lobbyId,
    questionId: input.questionId,
    answeredUserIds: Object.keys(draftMatch.answers),
  });
  resolveIfEveryoneAnswered(draft, context);
  return done(draft);
}

/** What a player asks for after a reload: where the room is now. */
export function readyReply(state: RoomState, userId: string, now: number): Transition {
  if (!isMember(state, userId)) return refuse("forbidden", "You are not in this lobby.");
  return unchanged(snapshotFor(state, userId, now));
}

/**
 * The room's clock: drops connections of API processes that are gone, frees
 * the seats of players whose grace ran out, closes a question at its deadline
 * and opens the next one after the results pause.
 */
export function tick(
  state: RoomState,
  context: TransitionContext,
  presence: { liveInstances: ReadonlySet<string> | null; localSockets: ReadonlyMap<string, number> },
): Transition {
  const draft = draftOf(state);
  let changed = false;
  let presenceChanged = false;
  for (const player of draft.state.players) {
    const wasConnected = isConnected(player);
    if (presence.liveInstances) {
      for (const instance of Object.keys(player.connections)) {
        if (!presence.liveInstances.has(instance)) delete player.connections[instance];
      }
    }
    // This process's own sockets are the truth about its connections (after a stall made others think it dead).
    const local = presence.localSockets.get(player.userId) ?? 0;
    if ((player.connections[context.instanceId] ?? 0) !== local) {
      if (local > 0) player.connections[context.instanceId] = local;
      else delete player.connections[context.instanceId];
      changed = true;
    }
    if (isConnected(player)) player.disconnectedAt = null;
    else if (wasConnected) player.disconnectedAt = context.now;
    if (wasConnected !== isConnected(player)) presenceChanged = true;
  }
  if (presenceChanged) {
    changed = true;
    draft.broadcasts.push(lobbyStateMessage(draft.state));
  }
  const expired = draft.state.players.filter(
    (player) => player.disconnectedAt !== null && context.now >= player.disconnectedAt + context.timing.graceMs,
  );
  for (const player of expired) {
    changed = true;
    if (removePlayer(draft, player.userId, context)) return done(draft, [], null);
  }
  const match = draft.state.match;
  if (draft.state.status === "playing" && match) {
    if (match.phase === "question" && context.now >= match.deadline) {
      resolveRound(draft, context);
      changed = true;
    } else if (match.phase === "question" && resolveIfEveryoneAnswered(draft, context)) {
      changed = true;
    } else if (match.phase === "results" && match.nextAt !== null && context.now >= match.nextAt) {
      match.round += 1;
      match.phase = "question";
      match.roundStartedAt = context.now;
      match.deadline = context.now + context.timing.roundMs;
      match.nextAt = null;
      match.answers = {};
      match.lastResults = null;
      draft.broadcasts.push(questionMessage(draft.state, context.now) as WsServerMessage);
      changed = true;
    }
  }
  return changed ? done(draft) : unchanged();
}
