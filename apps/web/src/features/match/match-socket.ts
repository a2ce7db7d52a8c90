import { WS_CLOSE, WsServerMessage, type LobbyCode, type WsClientMessage } from "@lila/shared";
import { reconnectDelay } from "./reconnect-delay";

export type ConnectionStatus =
  /** First connection attempt. */
  | "connecting"
  | "open"
  /** Lost; trying again after a pause. */
  | "reconnecting"
  /** The session ended (close 4401): reconnecting would not help. */
  | "unauthorized"
  | "closed";

/** The part of the browser's WebSocket we use, so tests can pass a fake. */
export interface SocketLike {
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export interface MatchSocketOptions {
  url: string;
  code: LobbyCode;
  onMessage: (message: WsServerMessage) => void;
  onStatus: (status: ConnectionStatus) => void;
  createSocket?: (url: string) => SocketLike;
  /** The clock: runs `callback` after `ms`, returns a cancel function. */
  schedule?: (callback: () => void, ms: number) => () => void;
  /** [0, 1), for the jitter of the reconnect pauses. */
  random?: () => number;
}

const OPEN = 1;

function defaultSchedule(callback: () => void, ms: number): () => void {
  const timer = setTimeout(callback, ms);
  return () => clearTimeout(timer);
}

/**
 * One lobby's connection to /ws. It joins the lobby on every (re)connect and,
 * once the lobby is known to be in a match, asks for the current state with
 * game:ready, so a dropped player is back on the running question.
 * Lost connections are retried after growing random pauses (reconnect-delay.ts).
 */
export class MatchSocket {
  private socket: SocketLike | null = null;
  /** The last reconnect pause; null once connected. */
  private lastDelay: number | null = null;
  private cancelRetry: (() => void) | null = null;
  private stopped = false;
  private lobbyId: string | null = null;
  /** game:ready is sent once per connection, after the first lobby:state. */
  private readySent = false;
  private readonly options: Required<MatchSocketOptions>;

  constructor(options: MatchSocketOptions) {
    this.options = {
      createSocket: (url) => new WebSocket(url) as unknown as SocketLike,
      schedule: defaultSchedule,
      random: Math.random,
      ...options,
    };
  }

  start(): void {
    this.stopped = false;
    this.connect(this.lastDelay === null ? "connecting" : "reconnecting");
  }

  /** Sends if connected; false when the message could not go out (the caller tells the player). */
  send(message: WsClientMessage): boolean {
    if (!this.socket || this.socket.readyState !== OPEN) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  /** Reconnect now instead of waiting for the next retry (e.g. a "Try now" button). */
  retryNow(): void {
    if (this.stopped || this.socket) return;
    this.cancelRetry?.();
    this.cancelRetry = null;
    this.connect("reconnecting");
  }

  stop(): void {
    this.stopped = true;
    this.cancelRetry?.();
    this.cancelRetry = null;
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.onopen = socket.onmessage = socket.onerror = socket.onclose = null;
      socket.close(1000, "left the page");
    }
    this.options.onStatus("closed");
  }

  private connect(status: ConnectionStatus): void {
    this.options.onStatus(status);
    let socket: SocketLike;
    try {
      socket = this.options.createSocket(this.options.url);
    } catch {
      this.scheduleReconnect(false);
      return;
    }
    this.socket = socket;
    this.readySent = false;
    socket.onopen = () => {
      this.lastDelay = null;
      this.options.onStatus("open");
      this.send({ type: "lobby:join", code: this.options.code });
    };
    socket.onmessage = (event) => this.receive(event.data);
    socket.onclose = (event) => {
      this.socket = null;
      if (this.stopped) return;
      if (event.code === WS_CLOSE.UNAUTHORIZED) {
        this.options.onStatus("unauthorized");
        return;
      }
      this.scheduleReconnect(event.code === WS_CLOSE.RATE_LIMITED);
    };
    // An error is always followed by a close, which does the retrying.
    socket.onerror = () => undefined;
  }

  private scheduleReconnect(rateLimited: boolean): void {
    if (this.stopped) return;
    this.options.onStatus("reconnecting");
    const delay = reconnectDelay(this.lastDelay, this.options.random, rateLimited);
    this.lastDelay = delay;
    this.cancelRetry = this.options.schedule(() => {
      this.cancelRetry = null;
      if (!this.stopped) this.connect("reconnecting");
    }, delay);
  }

  private receive(data: unknown): void {
    if (typeof data !== "string") return;
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      return;
    }
    const parsed = WsServerMessage.safeParse(json);
    if (!parsed.success) {
      console.warn("lila: ignored a socket message that does not match the contract", json);
      return;
    }
    const message = parsed.data;
    if (message.type === "lobby:state") {
      this.lobbyId = message.lobby.lobbyId;
      if (!this.readySent && message.lobby.status !== "waiting") {
        this.readySent = true;
        this.send({ type: "game:ready", lobbyId: this.lobbyId });
      }
    }
    this.options.onMessage(message);
  }
}
