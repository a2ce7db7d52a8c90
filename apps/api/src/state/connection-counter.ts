import type { Clock } from "../lib/clock.js";
import type { ValkeyClient } from "../lib/valkey.js";

/**
 * Open sockets counted per key (a user, an address) across every API process,
 * with a limit per key. A count is a set of leases rather than a number: a
 * process that dies without closing its sockets does not leave them counted
 * for ever, its leases simply run out (every open socket renews its own).
 */
export interface ConnectionCounter {
  /** Counts `socketId` under every key, if none of them is at its limit; false (nothing counted) otherwise. */
  acquire(socketId: string, limits: Array<{ key: string; max: number }>): Promise<boolean>;
  /** The socket is still open: its leases go on. */
  renew(socketId: string, keys: string[]): Promise<void>;
  release(socketId: string, keys: string[]): Promise<void>;
}

/** How long a socket counts without renewing (the heartbeat renews every 30 s). */
export const CONNECTION_LEASE_MS = 90_000;

export class MemoryConnectionCounter implements ConnectionCounter {
  private readonly counts = new Map<string, Set<string>>();

  async acquire(socketId: string, limits: Array<{ key: string; max: number }>): Promise<boolean> {
    if (limits.some(({ key, max }) => (this.counts.get(key)?.size ?? 0) >= max)) return false;
    for (const { key } of limits) {
      const set = this.counts.get(key) ?? new Set();
      set.add(socketId);
      this.counts.set(key, set);
    }
    return true;
  }

  async renew(): Promise<void> {}

  async release(socketId: string, keys: string[]): Promise<void> {
    for (const key of keys) {
      const set = this.counts.get(key);
      set?.delete(socketId);
      if (set?.size === 0) this.counts.delete(key);
    }
  }
}

const ACQUIRE = `
local now = tonumber(ARGV[2])
for i, key in ipairs(KEYS) do
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now)
  if redis.call('ZCARD', key) >= tonumber(ARGV[3 + i]) then return 0 end
end
for i, key in ipairs(KEYS) do
  redis.call('ZADD', key, ARGV[3], ARGV[1])
  redis.call('PEXPIRE', key, ARGV[4 + #KEYS])
end
return 1
`;

interface CounterCommands {
  lilaAcquireConnection(numberOfKeys: number, ...args: string[]): Promise<number>;
}

export class ValkeyConnectionCounter implements ConnectionCounter {
  private readonly commands: CounterCommands;

  constructor(
    private readonly client: ValkeyClient,
    private readonly keyPrefix: string,
    private readonly clock: Clock,
  ) {
    if (!("lilaAcquireConnection" in client)) client.defineCommand("lilaAcquireConnection", { lua: ACQUIRE });
    this.commands = client as unknown as CounterCommands;
  }

  private key(key: string): string {
    return `${this.keyPrefix}sockets:${key}`;
  }

  async acquire(socketId: string, limits: Array<{ key: string; max: number }>): Promise<boolean> {
    const now = this.clock.now();
    const result = await this.commands.lilaAcquireConnection(
      limits.length,
      ...limits.map(({ key }) => this.key(key)),
      socketId,
      String(now),
      String(now + CONNECTION_LEASE_MS),
      ...limits.map(({ max }) => String(max)),
      String(CONNECTION_LEASE_MS),
    );
    return result === 1;
  }

  async renew(socketId: string, keys: string[]): Promise<void> {
    const until = this.clock.now() + CONNECTION_LEASE_MS;
    const batch = this.client.multi();
    for (const key of keys)
      batch.zadd(this.key(key), "XX", until, socketId).pexpire(this.key(key), CONNECTION_LEASE_MS);
    await batch.exec();
  }

  async release(socketId: string, keys: string[]): Promise<void> {
    const batch = this.client.multi();
    for (const key of keys) batch.zrem(this.key(key), socketId);
    await batch.exec();
  }
}
