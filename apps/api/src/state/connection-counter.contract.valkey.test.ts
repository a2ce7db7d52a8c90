import type { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../test/support/manual-clock.js";
import { connectTestValkey, deleteKeys, requireValkey, uniqueKeyPrefix } from "../../test/support/valkey.js";
import {
  CONNECTION_LEASE_MS,
  MemoryConnectionCounter,
  ValkeyConnectionCounter,
  type ConnectionCounter,
} from "./connection-counter.js";

/*
 * Open sockets per key, one contract for both counters. With Valkey the two
 * handles are two API processes: a user's sockets count together wherever
 * they are open.
 */
const valkeyAvailable = await requireValkey();
const prefix = uniqueKeyPrefix();
const clients: Redis[] = [];
const clock = new ManualClock();

afterAll(async () => {
  if (clients.length === 0) return;
  await deleteKeys(clients[0]!, prefix);
  for (const client of clients) client.disconnect();
});

function valkeyCounter(): ValkeyConnectionCounter {
  const client = connectTestValkey();
  clients.push(client);
  return new ValkeyConnectionCounter(client, prefix, clock);
}

const implementations: Array<{ name: string; available: boolean; open: () => [ConnectionCounter, ConnectionCounter] }> =
  [
    {
      name: "memory",
      available: true,
      open() {
        const counter = new MemoryConnectionCounter();
        return [counter, counter];
      },
    },
    { name: "valkey", available: valkeyAvailable, open: () => [valkeyCounter(), valkeyCounter()] },
  ];

describe.each(implementations)("ConnectionCounter contract: $name", ({ name, available, open }) => {
  describe.skipIf(!available)(name, () => {
    it("counts a key's sockets across processes up to its limit, and frees a released one", async () => {
      const [a, b] = open();
      const user = `user:${name}-${Math.random()}`;
      const limits = [{ key: user, max: 2 }];
      expect(await a.acquire("s1", limits)).toBe(true);
      expect(await b.acquire("s2", limits)).toBe(true);
      expect(await a.acquire("s3", limits)).toBe(false);
      await b.release("s2", [user]);
      expect(await a.acquire("s3", limits)).toBe(true);
    });

    it("counts nothing when any of the keys is full", async () => {
      const [a, b] = open();
      const user = `user:${name}-${Math.random()}`;
      const address = `ip:${name}-${Math.random()}`;
      expect(await a.acquire("s1", [{ key: address, max: 1 }])).toBe(true);
      expect(
        await b.acquire("s2", [
          { key: user, max: 5 },
          { key: address, max: 1 },
        ]),
      ).toBe(false);
      expect(await b.acquire("s3", [{ key: user, max: 1 }])).toBe(true);
    });
  });
});

describe.skipIf(!valkeyAvailable)("ValkeyConnectionCounter", () => {
  it("forgets the sockets of a process that died once their lease runs out, and keeps renewed ones", async () => {
    const [alive, dead] = [valkeyCounter(), valkeyCounter()];
    const user = `user:lease-${Math.random()}`;
    const limits = [{ key: user, max: 2 }];
    expect(await alive.acquire("kept", limits)).toBe(true);
    expect(await dead.acquire("crashed", limits)).toBe(true);
    expect(await alive.acquire("third", limits)).toBe(false);
    clock.advance(CONNECTION_LEASE_MS - 1_000);
    await alive.renew("kept", [user]);
    clock.advance(2_000);
    expect(await alive.acquire("third", limits)).toBe(true);
    expect(await alive.acquire("fourth", limits)).toBe(false);
  });
});
