import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { Clock } from "../../lib/clock.js";
import { TtlCache } from "../../lib/ttl-cache.js";
import type { ValkeyClient } from "../../lib/valkey.js";
import { encodeEntry, outboxKeys, ValkeyEffectOutbox } from "./effect-outbox.js";
import type { RoomState } from "./room-state.js";
import type { RoomChange, RoomEnvelope, RoomStore } from "./room.store.js";

/*
 * A room is one hash: "v" its version, "s" its state as JSON. A write is a
 * compare-and-set on the version (one script), so two processes changing one
 * room never lose each other's change: the loser runs its pure change again on
 * the fresh state. Rooms expire after ROOM_TTL_MS without a write. The
 * change's durable writes join the lobby's outbox list (KEYS[2]) in the same
 * script, so a room and its outbox never disagree (effect-outbox.ts).
 */
const COMPARE_AND_SET = `
local version = redis.call('HGET', KEYS[1], 'v') or '0'
if version ~= ARGV[1] then return 0 end
if ARGV[3] == '' then
  redis.call('DEL', KEYS[1])
else
  redis.call('HSET', KEYS[1], 'v', ARGV[2], 's', ARGV[3])
  redis.call('PEXPIRE', KEYS[1], ARGV[4])
end
if ARGV[5] ~= '' then
  redis.call('RPUSH', KEYS[2], ARGV[5])
  redis.call('SADD', KEYS[3], ARGV[6])
end
return 1
`;

const CREATE_IF_ABSENT = `
if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('HMGET', KEYS[1], 'v', 's') end
redis.call('HSET', KEYS[1], 'v', '1', 's', ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return {'1', ARGV[1]}
`;

interface RoomCommands {
  lilaRoomCas(
    key: string,
    outboxList: string,
    outboxLobbies: string,
    expected: string,
    next: string,
    state: string,
    ttlMs: string,
    outboxEntry: string,
    lobbyId: string,
  ): Promise<number>;
  lilaRoomCreate(key: string, state: string, ttlMs: string): Promise<[string, string]>;
}

export interface ValkeyRoomStoreOptions {
  keyPrefix: string;
  /** Heartbeats and liveness are stamped with its time. */
  clock: Clock;
  roomTtlMs?: number;
  /** A process is alive while its heartbeat is younger than this. */
  instanceTtlMs?: number;
  heartbeatMs?: number;
}

const MAX_ATTEMPTS = 50;
/** How long the list of live processes is trusted: presence checks of many rooms share one read. */
const LIVE_INSTANCES_TTL_MS = 500;

/** Rooms shared by every API process through Valkey: state, versioned writes, pub/sub fan-out and process liveness. */
export class ValkeyRoomStore implements RoomStore {
  readonly instanceId = `${hostname()}-${process.pid}-${randomBytes(3).toString("hex")}`;
  private readonly listeners = new Map<string, Set<(envelope: RoomEnvelope) => void>>();
  private readonly subscriptions = new Map<string, Promise<void>>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly roomTtlMs: number;
  private readonly instanceTtlMs: number;
  private readonly live: TtlCache<"instances", ReadonlySet<string>>;
  private readonly commands: RoomCommands;
  readonly outbox: ValkeyEffectOutbox;

  constructor(
    private readonly client: ValkeyClient,
    private readonly subscriber: ValkeyClient,
    private readonly options: ValkeyRoomStoreOptions,
  ) {
    this.roomTtlMs = options.roomTtlMs ?? 2 * 60 * 60 * 1000;
    this.instanceTtlMs = options.instanceTtlMs ?? 5_000;
    this.live = new TtlCache({ ttlMs: LIVE_INSTANCES_TTL_MS, clock: options.clock });
    if (!("lilaRoomCas" in client)) {
      client.defineCommand("lilaRoomCas", { numberOfKeys: 3, lua: COMPARE_AND_SET });
      client.defineCommand("lilaRoomCreate", { numberOfKeys: 1, lua: CREATE_IF_ABSENT });
    }
    this.commands = client as unknown as RoomCommands;
    this.outbox = new ValkeyEffectOutbox(client, options.keyPrefix, this.instanceId);
    subscriber.on("message", (channel: string, text: string) => this.dispatch(channel, text));
    this.heartbeat = setInterval(() => void this.beat(), options.heartbeatMs ?? 1_000);
    this.heartbeat.unref();
  }

  /** Registers this process as alive; call once before serving. */
  async start(): Promise<void> {
    await this.beat();
  }

  private key(lobbyId: string): string {
    return `${this.options.keyPrefix}room:${lobbyId}`;
  }

  private channel(lobbyId: string): string {
    return `${this.options.keyPrefix}room-events:${lobbyId}`;
  }

  private get instancesKey(): string {
    return `${this.options.keyPrefix}instances`;
  }

  async load(lobbyId: string): Promise<{ state: RoomState; version: number } | null> {
    const [version, text] = await this.client.hmget(this.key(lobbyId), "v", "s");
    if (!version || !text) return null;
    return { state: JSON.parse(text) as RoomState, version: Number(version) };
  }

  async createIfAbsent(state: RoomState): Promise<{ state: RoomState; version: number }> {
    const [version, text] = await this.commands.lilaRoomCreate(
      this.key(state.lobbyId),
      JSON.stringify(state),
      String(this.roomTtlMs),
    );
    return { state: JSON.parse(text) as RoomState, version: Number(version) };
  }

  async update<T>(lobbyId: string, change: RoomChange<T>) {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const current = await this.load(lobbyId);
      const { state, value, effects } = change(current?.state ?? null);
      const version = current?.version ?? 0;
      if (state === undefined) return { value, version, state: current?.state ?? null };
      const text = state === null ? "" : JSON.stringify(state);
      const keys = outboxKeys(this.options.keyPrefix);
      const written = await this.commands.lilaRoomCas(
        this.key(lobbyId),
        keys.list(lobbyId),
        keys.lobbies,
        String(version),
        String(version + 1),
        text,
        String(this.roomTtlMs),
        effects && effects.length > 0 ? encodeEntry(effects) : "",
        lobbyId,
      );
      if (written === 1) return { value, version: version + 1, state };
      // Another process wrote first: back off a little, then run the change on its state.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(50, 2 ** attempt)));
    }
    throw new Error(`room ${lobbyId}: too many concurrent writes`);
  }

  async publish(envelope: RoomEnvelope): Promise<void> {
    await this.client.publish(this.channel(envelope.lobbyId), JSON.stringify(envelope));
  }

  async subscribe(lobbyId: string, listener: (envelope: RoomEnvelope) => void): Promise<() => Promise<void>> {
    let set = this.listeners.get(lobbyId);
    if (!set) {
      set = new Set();
      this.listeners.set(lobbyId, set);
    }
    set.add(listener);
    // One SUBSCRIBE per lobby, shared by concurrent callers; a failed one is forgotten so the next caller retries.
    let subscribed = this.subscriptions.get(lobbyId);
    if (!subscribed) {
      subscribed = this.subscriber.subscribe(this.channel(lobbyId)).then(() => undefined);
      this.subscriptions.set(lobbyId, subscribed);
      subscribed.catch(() => this.subscriptions.delete(lobbyId));
    }
    try {
      await subscribed;
    } catch (error) {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(lobbyId);
      throw error;
    }
    return async () => {
      const current = this.listeners.get(lobbyId);
      if (!current?.delete(listener) || current.size > 0) return;
      this.listeners.delete(lobbyId);
      this.subscriptions.delete(lobbyId);
      await this.subscriber.unsubscribe(this.channel(lobbyId));
    };
  }

  /** Processes whose heartbeat is fresh; read at most every 500 ms. */
  liveInstances(): Promise<ReadonlySet<string>> {
    return this.live.get("instances", async () => {
      const ids = await this.client.zrangebyscore(this.instancesKey, this.options.clock.now(), "+inf");
      return new Set([...ids, this.instanceId]);
    });
  }

  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    this.listeners.clear();
    await this.client.zrem(this.instancesKey, this.instanceId).catch(() => {});
  }

  private async beat(): Promise<void> {
    const now = this.options.clock.now();
    await this.client
      .multi()
      .zadd(this.instancesKey, now + this.instanceTtlMs, this.instanceId)
      .zremrangebyscore(this.instancesKey, "-inf", now - 60_000)
      .exec()
      .catch(() => {});
  }

  private dispatch(channel: string, text: string): void {
    const prefix = `${this.options.keyPrefix}room-events:`;
    if (!channel.startsWith(prefix)) return;
    const listeners = this.listeners.get(channel.slice(prefix.length));
    if (!listeners) return;
    const envelope = JSON.parse(text) as RoomEnvelope;
    for (const listener of listeners) listener(envelope);
  }
}
