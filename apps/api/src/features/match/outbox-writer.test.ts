import { describe, expect, it } from "vitest";
import { createLogger } from "../../lib/logger.js";
import type { LobbyEffect } from "../lobby/index.js";
import { MemoryEffectOutbox } from "./effect-outbox.js";
import { OutboxWriter } from "./outbox-writer.js";

/** A database that refuses the first `failures` writes the way node-postgres does when it cannot connect. */
function flakyDatabase(failures: number) {
  const written: Array<[string, LobbyEffect[]]> = [];
  let calls = 0;
  return {
    written,
    write: async (lobbyId: string, effects: LobbyEffect[]) => {
      calls += 1;
      if (calls <= failures) throw new Error("timeout exceeded when trying to connect");
      written.push([lobbyId, effects]);
    },
  };
}

describe("OutboxWriter", () => {
  it("retries until the writes land, in order per lobby, and empties the outbox", async () => {
    const outbox = new MemoryEffectOutbox();
    const database = flakyDatabase(3);
    const writer = new OutboxWriter({ outbox, write: database.write, logger: createLogger("silent"), maxRetryMs: 20 });
    await outbox.append("lobby-a", [{ kind: "match_started", settings: {} as never }]);
    await outbox.append("lobby-a", [{ kind: "match_abandoned" }]);
    await outbox.append("lobby-b", [{ kind: "lobby_closed" }]);
    writer.start();
    await expect.poll(() => outbox.size()).toBe(0);
    await writer.close();
    const lobbyA = database.written.filter(([lobbyId]) => lobbyId === "lobby-a").map(([, effects]) => effects[0]!.kind);
    expect(lobbyA).toEqual(["match_started", "match_abandoned"]);
    expect(database.written).toHaveLength(3);
  });

  it("gives up an entry that the database refuses every time for another reason than an outage", async () => {
    const outbox = new MemoryEffectOutbox();
    const written: string[] = [];
    const writer = new OutboxWriter({
      outbox,
      logger: createLogger("silent"),
      maxRetryMs: 1,
      async write(_lobbyId, effects) {
        if (effects[0]!.kind === "host_changed") throw new Error("violates foreign key constraint");
        written.push(effects[0]!.kind);
      },
    });
    await outbox.append("lobby", [{ kind: "host_changed", hostId: "gone" }]);
    await outbox.append("lobby", [{ kind: "lobby_closed" }]);
    writer.start();
    await expect.poll(() => outbox.size()).toBe(0);
    await writer.close();
    expect(written).toEqual(["lobby_closed"]);
  });
});
