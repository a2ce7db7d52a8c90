import { randomUUID } from "node:crypto";
import type { ValkeyClient } from "../../lib/valkey.js";
import type { LobbyEffect } from "../lobby/index.js";

/*
 * The outbox of a match's durable writes. A room transition that has
 * something to write to PostgreSQL (a seat freed, a host changed, a match
 * finished with its standings) leaves it here in the same atomic step that
 * stores the room (room.store.ts), and the OutboxWriter writes it from here,
 * lobby by lobby in order, until it lands: PostgreSQL being down as a match
 * ends delays the record, it does not lose it.
 *
 * Memory (one process, with the memory room store): the entries live as long
 * as the process. Valkey: they live in Valkey (a list per lobby and a set of
 * the lobbies that have some), shared by every API process, and survive the
 * process that made them; any process may write them, one at a time per lobby.
 */

export interface OutboxEntry {
  lobbyId: string;
  effects: LobbyEffect[];
  /** The entry as stored: it names the entry when it is acknowledged. */
  raw: string;
}

export interface EffectOutbox {
  /** Adds effects that no room transition carries (a seat moved to a new account). */
  append(lobbyId: string, effects: LobbyEffect[]): Promise<void>;
  /** The lobbies that have entries waiting. */
  lobbies(): Promise<string[]>;
  /** The oldest waiting entry of a lobby. */
  peek(lobbyId: string): Promise<OutboxEntry | null>;
  /** Removes that entry once written; acknowledging it twice removes nothing else. */
  ack(entry: OutboxEntry): Promise<void>;
  /** One writer per lobby at a time: true when this process may write it for `ms`. */
  claim(lobbyId: string, ms: number): Promise<boolean>;
  release(lobbyId: string): Promise<void>;
  /** How many entries wait, for metrics and tests. */
  size(): Promise<number>;
}

export function encodeEntry(effects: LobbyEffect[]): string {
  return JSON.stringify({ id: randomUUID(), effects });
}

function decodeEntry(lobbyId: string, raw: string): OutboxEntry {
  return { lobbyId, raw, effects: (JSON.parse(raw) as { effects: LobbyEffect[] }).effects };
}

export class MemoryEffectOutbox implements EffectOutbox {
  private readonly entries = new Map<string, string[]>();
  private readonly claimed = new Set<string>();

  /** Synchronous, so that the memory room store adds entries in the same step as the room. */
  push(lobbyId: string, raw: string): void {
    const list = this.entries.get(lobbyId) ?? [];
    list.push(raw);
    this.entries.set(lobbyId, list);
  }

  async append(lobbyId: string, effects: LobbyEffect[]): Promise<void> {
    this.push(lobbyId, encodeEntry(effects));
  }

  async lobbies(): Promise<string[]> {
    return [...this.entries.keys()];
  }

  async peek(lobbyId: string): Promise<OutboxEntry | null> {
    const raw = this.entries.get(lobbyId)?.[0];
    return raw === undefined ? null : decodeEntry(lobbyId, raw);
  }

  async ack(entry: OutboxEntry): Promise<void> {
    const list = this.entries.get(entry.lobbyId);
    if (list?.[0] === entry.raw) list.shift();
    if (list?.length === 0) this.entries.delete(entry.lobbyId);
  }

  async claim(lobbyId: string): Promise<boolean> {
    if (this.claimed.has(lobbyId)) return false;
    this.claimed.add(lobbyId);
    return true;
  }

  async release(lobbyId: string): Promise<void> {
    this.claimed.delete(lobbyId);
  }

  async size(): Promise<number> {
    let count = 0;
    for (const list of this.entries.values()) count += list.length;
    return count;
  }
}

const ACK = `
if redis.call('LINDEX', KEYS[1], 0) == ARGV[1] then redis.call('LPOP', KEYS[1]) end
if redis.call('LLEN', KEYS[1]) == 0 then redis.call('SREM', KEYS[2], ARGV[2]) end
return 1
`;

const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 1
`;

interface OutboxCommands {
  lilaOutboxAck(list: string, lobbies: string, raw: string, lobbyId: string): Promise<number>;
  lilaOutboxRelease(claim: string, owner: string): Promise<number>;
}

/** The key names, shared with the room store's compare-and-set script (which appends in the same step). */
export function outboxKeys(keyPrefix: string) {
  return {
    list: (lobbyId: string) => `${keyPrefix}outbox:${lobbyId}`,
    lobbies: `${keyPrefix}outbox-lobbies`,
    claim: (lobbyId: string) => `${keyPrefix}outbox-claim:${lobbyId}`,
  };
}

export class ValkeyEffectOutbox implements EffectOutbox {
  private readonly keys: ReturnType<typeof outboxKeys>;
  private readonly commands: OutboxCommands;

  constructor(
    private readonly client: ValkeyClient,
    keyPrefix: string,
    private readonly owner: string,
  ) {
    this.keys = outboxKeys(keyPrefix);
    if (!("lilaOutboxAck" in client)) {
      client.defineCommand("lilaOutboxAck", { numberOfKeys: 2, lua: ACK });
      client.defineCommand("lilaOutboxRelease", { numberOfKeys: 1, lua: RELEASE });
    }
    this.commands = client as unknown as OutboxCommands;
  }

  async append(lobbyId: string, effects: LobbyEffect[]): Promise<void> {
    await this.client
      .multi()
      .rpush(this.keys.list(lobbyId), encodeEntry(effects))
      .sadd(this.keys.lobbies, lobbyId)
      .exec();
  }

  lobbies(): Promise<string[]> {
    return this.client.smembers(this.keys.lobbies);
  }

  async peek(lobbyId: string): Promise<OutboxEntry | null> {
    const raw = await this.client.lindex(this.keys.list(lobbyId), 0);
    if (raw !== null) return decodeEntry(lobbyId, raw);
    // An empty list left in the set (an ack that failed halfway): tidy it.
    await this.commands.lilaOutboxAck(this.keys.list(lobbyId), this.keys.lobbies, "", lobbyId);
    return null;
  }

  async ack(entry: OutboxEntry): Promise<void> {
    await this.commands.lilaOutboxAck(this.keys.list(entry.lobbyId), this.keys.lobbies, entry.raw, entry.lobbyId);
  }

  async claim(lobbyId: string, ms: number): Promise<boolean> {
    return (await this.client.set(this.keys.claim(lobbyId), this.owner, "PX", ms, "NX")) === "OK";
  }

  async release(lobbyId: string): Promise<void> {
    await this.commands.lilaOutboxRelease(this.keys.claim(lobbyId), this.owner);
  }

  async size(): Promise<number> {
    const lobbies = await this.lobbies();
    const lengths = await Promise.all(lobbies.map((lobbyId) => this.client.llen(this.keys.list(lobbyId))));
    return lengths.reduce((sum, length) => sum + length, 0);
  }
}
