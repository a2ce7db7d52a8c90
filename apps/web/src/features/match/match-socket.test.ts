import type { WsServerMessage } from "@lila/shared";
import { describe, expect, it } from "vitest";
import { MatchSocket, type ConnectionStatus, type SocketLike } from "./match-socket";
import { lobby, LOBBY_ID } from "./test-fixtures";

class FakeSocket implements SocketLike {
  readyState = 0;
  sent: unknown[] = [];
  closedWith: number | undefined;
  onopen: SocketLike["onopen"] = null;
  onmessage: SocketLike["onmessage"] = null;
  onclose: SocketLike["onclose"] = null;
  onerror: SocketLike["onerror"] = null;

  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close(code?: number) {
    this.closedWith = code;
  }
  open() {
    this.readyState = 1;
    this.onopen?.({});
  }
  receive(message: unknown) {
    this.onmessage?.({ data: typeof message === "string" ? message : JSON.stringify(message) });
  }
  drop(code = 1006) {
    this.readyState = 3;
    this.onclose?.({ code });
  }
}

function setUp(random: () => number = () => 0.5) {
  const sockets: FakeSocket[] = [];
  const timers: { callback: () => void; ms: number }[] = [];
  const statuses: ConnectionStatus[] = [];
  const messages: WsServerMessage[] = [];
  const connection = new MatchSocket({
    url: "ws://test/ws",
    code: "AB12CD",
    onMessage: (message) => messages.push(message),
    onStatus: (status) => statuses.push(status),
    createSocket: () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    },
    random,
    schedule: (callback, ms) => {
      timers.push({ callback, ms });
      return () => undefined;
    },
  });
  return { connection, sockets, timers, statuses, messages };
}

describe("MatchSocket", () => {
  it("joins the lobby by code as soon as it is connected", () => {
    const { connection, sockets, statuses } = setUp();
    connection.start();
    sockets[0]!.open();
    expect(statuses).toEqual(["connecting", "open"]);
    expect(sockets[0]!.sent).toEqual([{ type: "lobby:join", code: "AB12CD" }]);
  });

  it("passes on valid server messages and drops anything else", () => {
    const { connection, sockets, messages } = setUp();
    connection.start();
    sockets[0]!.open();
    sockets[0]!.receive("not json");
    sockets[0]!.receive({ type: "game:question", lobbyId: LOBBY_ID });
    sockets[0]!.receive({ type: "error", code: "conflict", message: "Already answered" });
    expect(messages).toEqual([{ type: "error", code: "conflict", message: "Already answered" }]);
  });

  it("asks for the running match with game:ready once per connection", () => {
    const { connection, sockets } = setUp();
    connection.start();
    sockets[0]!.open();
    sockets[0]!.receive({ type: "lobby:state", lobby: lobby({ status: "playing" }) });
    sockets[0]!.receive({ type: "lobby:state", lobby: lobby({ status: "playing" }) });
    expect(sockets[0]!.sent).toEqual([
      { type: "lobby:join", code: "AB12CD" },
      { type: "game:ready", lobbyId: LOBBY_ID },
    ]);
  });

  it("does not send game:ready while the lobby is waiting", () => {
    const { connection, sockets } = setUp();
    connection.start();
    sockets[0]!.open();
    sockets[0]!.receive({ type: "lobby:state", lobby: lobby() });
    expect(sockets[0]!.sent).toHaveLength(1);
  });

  it("reconnects with growing pauses and rejoins, then restores the match", () => {
    // The largest random draw each time: the pauses grow to the cap.
    const { connection, sockets, timers, statuses } = setUp(() => 0.999_999);
    connection.start();
    sockets[0]!.drop();
    timers[0]!.callback();
    sockets[1]!.drop();
    timers[1]!.callback();
    sockets[2]!.drop();
    expect(timers.map((timer) => timer.ms)).toEqual([3_000, 9_000, 10_000]);
    timers[2]!.callback();
    sockets[3]!.open();
    sockets[3]!.receive({ type: "lobby:state", lobby: lobby({ status: "playing" }) });
    expect(sockets[3]!.sent).toEqual([
      { type: "lobby:join", code: "AB12CD" },
      { type: "game:ready", lobbyId: LOBBY_ID },
    ]);
    expect(statuses.at(-1)).toBe("open");
    expect(statuses).toContain("reconnecting");
    // A successful connection resets the backoff.
    sockets[3]!.drop();
    expect(timers.at(-1)!.ms).toBe(3_000);
  });

  it("waits longer after being rate limited (4429)", () => {
    const { connection, sockets, timers } = setUp();
    connection.start();
    sockets[0]!.open();
    sockets[0]!.drop(4429);
    expect(timers[0]!.ms).toBe(5_000);
  });

  it("stops when the session ended (4401)", () => {
    const { connection, sockets, timers, statuses } = setUp();
    connection.start();
    sockets[0]!.open();
    sockets[0]!.drop(4401);
    expect(timers).toHaveLength(0);
    expect(statuses.at(-1)).toBe("unauthorized");
  });

  it("refuses to send while disconnected and stays quiet after stop()", () => {
    const { connection, sockets, timers } = setUp();
    connection.start();
    expect(connection.send({ type: "lobby:start", lobbyId: LOBBY_ID })).toBe(false);
    sockets[0]!.open();
    connection.stop();
    expect(sockets[0]!.closedWith).toBe(1000);
    sockets[0]!.drop();
    expect(timers).toHaveLength(0);
  });
});
