import type { MatchSettings } from "@lila/shared";
import type { Clock } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import type { Logger } from "../../lib/logger.js";
import { socketError, socketErrorOf } from "../../lib/socket-errors.js";
import type { QuestionDrawer } from "../game/index.js";
import type { LobbyService } from "../lobby/index.js";
import {
  answerQuestion,
  changeSettings,
  checkStart,
  connectPlayer,
  disconnectPlayer,
  leaveRoom,
  nextWakeup,
  readyReply,
  startMatch,
  tick,
} from "./room-rules.js";
import { refuse, type MatchTiming, type RoomState, type Transition, type TransitionContext } from "./room-state.js";
import { sendMessage, type RoomSocket } from "./room-socket.js";
import { openRoomFromRecord } from "./room-recovery.js";
import { RoomTimer } from "./room-timer.js";
import type { RoomEnvelope, RoomStore } from "./room.store.js";

const RECENT_ENVELOPES = 16;

export interface MatchRoomDeps {
  store: RoomStore;
  /** The durable record, read to open a room again after it was lost. */
  lobbies: Pick<LobbyService, "findById">;
  /** Something new is in the outbox: write it (OutboxWriter.kick). */
  kickOutbox: () => void;
  drawQuestions: QuestionDrawer;
  timing: MatchTiming;
  logger: Logger;
  /** The room's deadlines and timers run on it. */
  clock: Clock;
  /**
   * With a shared store, how often a room re-checks that the processes holding
   * its players' sockets are alive (null with the in-memory store).
   */
  presenceCheckMs: number | null;
}

/** How soon a timer whose work failed tries again. */
const TIMER_RETRY_MS = 1_000;

/**
 * A match room in this process: the sockets of one lobby connected here, the
 * lobby's timer, and the order in which its commands apply. Its state lives in
 * the room store, so the same lobby may have a room in several processes; the
 * store's atomic update decides, and pub/sub carries every transition's
 * messages to all of them. Every command and timer callback is caught here:
 * one bad message or one failed write cannot stop the room.
 */
export class MatchRoom {
  private readonly sockets = new Set<RoomSocket>();
  private queue: Promise<void> = Promise.resolve();
  private readonly timer: RoomTimer;
  private lastVersion = 0;
  /** The version of the state this process's last transition read or wrote. */
  private appliedVersion = 0;
  /** The last envelopes delivered here, for a socket that joins while they were in flight. */
  private readonly recent: RoomEnvelope[] = [];
  private unsubscribe: (() => Promise<void>) | undefined;
  private disposed = false;
  /** The state after this room's last transition (undefined before the first). */
  private lastState: RoomState | null | undefined;

  constructor(
    readonly lobbyId: string,
    private readonly deps: MatchRoomDeps,
    private readonly onDisposed: (room: MatchRoom) => void,
  ) {
    this.timer = new RoomTimer(deps.clock, () => void this.fire());
  }

  private now(): number {
    return this.deps.clock.now();
  }

  async open(): Promise<void> {
    this.unsubscribe = await this.deps.store.subscribe(this.lobbyId, (envelope) => this.deliver(envelope));
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  get socketCount(): number {
    return this.sockets.size;
  }

  has(socket: RoomSocket): boolean {
    return this.sockets.has(socket);
  }

  /**
   * Seats the socket's player (or reconnects them); false when this room was disposed meanwhile.
   * `name` is the seat's name in the lobby (a nickname given on joining); it defaults to the account's.
   */
  attach(socket: RoomSocket, name: string = socket.identity.name): Promise<boolean> {
    return this.run(async () => {
      if (this.disposed) return false;
      const { userId } = socket.identity;
      const transition = await this.apply((state, context) => connectPlayer(state, { userId, name }, context), socket);
      if (transition.refusal) return true;
      this.sockets.add(socket);
      // Another process's transition may have been delivered here while this one was being
      // published, before the socket was in the room: send it what its snapshot does not show.
      for (const envelope of this.recent) if (envelope.version > this.appliedVersion) this.send(socket, envelope);
      return true;
    }, false);
  }

  detach(socket: RoomSocket): Promise<void> {
    return this.run(async () => {
      if (!this.sockets.delete(socket)) return;
      await this.apply((state, context) => disconnectPlayer(state, socket.identity.userId, context));
    }, undefined);
  }

  leave(socket: RoomSocket): Promise<void> {
    return this.run(async () => {
      const transition = await this.apply(
        (state, context) => leaveRoom(state, socket.identity.userId, context),
        socket,
      );
      if (transition.refusal) return;
      for (const other of [...this.sockets])
        if (other.identity.userId === socket.identity.userId) this.sockets.delete(other);
    }, undefined);
  }

  changeSettings(socket: RoomSocket, settings: MatchSettings): Promise<void> {
    return this.command(socket, (state) => changeSettings(state, socket.identity.userId, settings));
  }

  answer(socket: RoomSocket, questionId: string, selectedOptionId: number): Promise<void> {
    return this.command(socket, (state, context) =>
      answerQuestion(state, { userId: socket.identity.userId, questionId, selectedOptionId }, context),
    );
  }

  ready(socket: RoomSocket): Promise<void> {
    return this.command(socket, (state, context) => readyReply(state, socket.identity.userId, context.now));
  }

  /** lobby:start and lobby:rematch: the questions are drawn first, then the room starts if nothing changed meanwhile. */
  start(socket: RoomSocket, kind: "start" | "rematch"): Promise<void> {
    return this.run(
      async () => {
        const loaded = await this.deps.store.load(this.lobbyId);
        if (!loaded) return sendMessage(socket, socketError({ code: "not_found", message: "This lobby is closed." }));
        const refusal = checkStart(loaded.state, socket.identity.userId, kind);
        if (refusal) return sendMessage(socket, socketError(refusal));
        const settings = loaded.state.settings;
        const questions = await this.deps.drawQuestions(settings);
        await this.apply(
          (state, context) => startMatch(state, { userId: socket.identity.userId, kind, settings, questions }, context),
          socket,
        );
      },
      undefined,
      socket,
    );
  }

  /** Closes the room in this process only (shutdown): the state stays in the store. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    this.timer.clear();
    this.sockets.clear();
    this.onDisposed(this);
    await this.unsubscribe?.().catch(() => {});
  }

  private command(
    socket: RoomSocket,
    change: (state: RoomState, context: TransitionContext) => Transition,
  ): Promise<void> {
    return this.run(
      async () => {
        await this.apply(change, socket);
      },
      undefined,
      socket,
    );
  }

  /** Runs room work one at a time; an exception is logged and reported to the socket, never thrown. */
  private run<T>(work: () => Promise<T>, fallback: T, socket?: RoomSocket): Promise<T> {
    const result = this.queue.then(work).catch((error: unknown) => {
      const context = { lobbyId: this.lobbyId };
      if (socket) sendMessage(socket, socketErrorOf(error, this.deps.logger, context));
      else if (!(error instanceof AppError)) this.deps.logger.error({ err: error, ...context }, "match room error");
      return fallback;
    });
    this.queue = result.then(
      () => this.disposeIfIdle(),
      () => this.disposeIfIdle(),
    );
    return result;
  }

  private async apply(
    change: (state: RoomState, context: TransitionContext) => Transition,
    socket?: RoomSocket,
    reopened = false,
  ): Promise<Transition> {
    const context: TransitionContext = {
      now: this.now(),
      timing: this.deps.timing,
      instanceId: this.deps.store.instanceId,
    };
    let missing = false;
    const {
      value: transition,
      version,
      state,
    } = await this.deps.store.update(this.lobbyId, (current) => {
      missing = current === null;
      const outcome = current ? change(current, context) : refuse("not_found", "This lobby is closed.");
      // The transition's durable writes go to the outbox with its state, atomically.
      return outcome.refusal
        ? { state: undefined, value: outcome }
        : { state: outcome.state, value: outcome, effects: outcome.effects };
    });
    // The store lost a room this process still held (Valkey restarted empty): open it again and go on.
    if (missing && !reopened && this.lastState && (await this.reopenLostRoom(this.lastState))) {
      return this.apply(change, socket, true);
    }
    if (socket) {
      if (transition.refusal) sendMessage(socket, socketError(transition.refusal));
      for (const reply of transition.replies) sendMessage(socket, reply);
    }
    const wakeAt = state ? nextWakeup(state, this.deps.timing) : null;
    this.appliedVersion = version;
    // The state is written: arm its timer before anything else can fail.
    this.lastState = state;
    this.arm(wakeAt);
    if (transition.state !== undefined && !transition.refusal) {
      this.lastVersion = Math.max(this.lastVersion, version);
      if (transition.broadcasts.length > 0 || transition.state === null) {
        const envelope: RoomEnvelope = {
          lobbyId: this.lobbyId,
          version,
          messages: transition.broadcasts,
          wakeAt,
          ...(transition.state === null ? { closed: true } : {}),
        };
        try {
          await this.deps.store.publish(envelope);
        } catch (error) {
          // Players on other processes catch up with game:ready; the ones here get it directly.
          this.deps.logger.error({ err: error, lobbyId: this.lobbyId }, "could not publish room messages");
          this.deliver(envelope);
        }
      }
      // PostgreSQL keeps the durable record (host, status, final scores) through the outbox,
      // written in order off the hot path: a slow or failing write never delays the next answer.
      if (transition.effects.length > 0) this.deps.kickOutbox();
    }
    return transition;
  }

  /**
   * Opens the room again from PostgreSQL after the store lost it, with this
   * process's sockets connected again (room-recovery.ts); false when there is
   * nothing to open (the lobby is gone or has nobody left).
   */
  private async reopenLostRoom(lastSeen: RoomState): Promise<boolean> {
    const record = await this.deps.lobbies.findById(this.lobbyId);
    if (!record || record.players.length === 0) return false;
    const { lost } = await openRoomFromRecord(this.deps, record, lastSeen.status);
    this.deps.logger.warn({ lobbyId: this.lobbyId, matchLost: lost }, "a room lost by the room store was opened again");
    this.lastVersion = 0;
    this.appliedVersion = 0;
    this.lastState = undefined;
    for (const socket of this.sockets) {
      const { userId, name } = socket.identity;
      await this.apply((state, context) => connectPlayer(state, { userId, name }, context), undefined, true);
    }
    return true;
  }

  /** Messages of a transition, from this process or another, to the sockets here. */
  private deliver(envelope: RoomEnvelope): void {
    try {
      // A room opened again after it was lost counts its versions from 1 again.
      if (envelope.reopened) this.lastVersion = 0;
      if (envelope.closed) this.lastState = null;
      const stale = envelope.version < this.lastVersion;
      this.lastVersion = Math.max(this.lastVersion, envelope.version);
      this.recent.push(envelope);
      if (this.recent.length > RECENT_ENVELOPES) this.recent.shift();
      for (const message of envelope.messages) {
        if (stale && message.type === "lobby:state") continue;
        const text = JSON.stringify(message);
        for (const socket of this.sockets) socket.sendText(text);
      }
      if (!stale) this.arm(envelope.wakeAt);
    } catch (error) {
      this.deps.logger.error({ err: error, lobbyId: this.lobbyId }, "could not deliver room messages");
    }
  }

  private send(socket: RoomSocket, envelope: RoomEnvelope): void {
    for (const message of envelope.messages) sendMessage(socket, message);
  }

  /** The room's next moment to act: its own (a deadline, a grace period) or, shared, the next presence check. */
  private arm(wakeAt: number | null): void {
    if (this.disposed) return;
    const check = this.deps.presenceCheckMs;
    const target = Math.min(wakeAt ?? Infinity, check ? this.now() + check : Infinity);
    this.timer.set(target === Infinity ? null : target);
  }

  private fire(): Promise<void> {
    return this.run(async () => {
      if (this.disposed) return;
      try {
        const liveInstances = await this.deps.store.liveInstances();
        const localSockets = new Map<string, number>();
        for (const socket of this.sockets)
          localSockets.set(socket.identity.userId, (localSockets.get(socket.identity.userId) ?? 0) + 1);
        await this.apply((state, context) => tick(state, context, { liveInstances, localSockets }));
      } catch (error) {
        // The store failed (Valkey restarting): the round must not be left without a timer.
        this.arm(this.now() + TIMER_RETRY_MS);
        throw error;
      }
    }, undefined);
  }

  /**
   * A room with no socket here is closed here once nothing needs its timer:
   * the lobby is gone, or another process holds its players.
   */
  private async disposeIfIdle(): Promise<void> {
    if (this.disposed || this.sockets.size > 0 || this.lastState === undefined) return;
    const state = this.lastState;
    const elsewhere =
      state?.players.some((player) =>
        Object.keys(player.connections).some((id) => id !== this.deps.store.instanceId),
      ) ?? false;
    if (state === null || elsewhere || nextWakeup(state, this.deps.timing) === null) await this.dispose();
  }
}
