import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOBBY_CODE_ALPHABET } from "@lila/shared";
import { openTestDatabase, type TestDatabase } from "../../../../../tests/support/test-database.js";
import { seededRandom } from "../../../test/support/seeded-random.js";
import { systemClock } from "../../lib/clock.js";
import { createCatalogService } from "../catalog/index.js";
import { generateLobbyCode } from "./lobby-code.js";
import { createLobbyService } from "./lobby.service.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.destroy());

const identity = (userId: string) => ({ userId, name: `Player ${userId}`, isGuest: true });
let counter = 0;
const uniqueUser = () => `user-${Date.now().toString(36)}-${++counter}`;

describe("lobby codes", () => {
  it("are 6 characters of Crockford Base32 without look-alikes, every letter of it in use", () => {
    // Seeded bytes, so a failure replays; the service itself draws from crypto.randomBytes.
    const random = seededRandom(6);
    const bytes = (size: number) => Buffer.from(Array.from({ length: size }, () => Math.floor(random() * 256)));
    const seen = new Set<string>();
    for (let index = 0; index < 200; index++) {
      const code = generateLobbyCode(bytes);
      expect(code).toHaveLength(6);
      for (const character of code) expect(LOBBY_CODE_ALPHABET).toContain(character);
      expect(code).not.toMatch(/[ILOU]/);
      for (const character of code) seen.add(character);
    }
    expect(seen.size).toBe(LOBBY_CODE_ALPHABET.length);
  });

  it("are drawn again when one is taken", async () => {
    const codes = ["TAKEN1", "TAKEN1", "FRESH2"];
    const lobbies = createLobbyService({
      db: database.db,
      catalog: createCatalogService({ db: database.db, clock: systemClock }),
      generateCode: () => codes.shift()!,
    });
    const first = await lobbies.createLobby(identity(uniqueUser()), {});
    const second = await lobbies.createLobby(identity(uniqueUser()), {});
    expect([first.code, second.code]).toEqual(["TAKEN1", "FRESH2"]);
  });
});

describe(`joining (${process.env.TEST_DATABASE_URL ? "postgresql" : "pglite"})`, () => {
  it("gives the last seats to exactly as many concurrent players as there are seats", async () => {
    const lobbies = createLobbyService({
      db: database.db,
      catalog: createCatalogService({ db: database.db, clock: systemClock }),
      generateCode: generateLobbyCode,
    });
    const lobby = await lobbies.createLobby(identity(uniqueUser()), { nickname: "Host" });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 6 }, () => lobbies.joinLobby(identity(uniqueUser()), lobby.code, "Guest")),
    );
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(3);
    const refused = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(refused.map((outcome) => (outcome.reason as Error).message)).toEqual(Array(3).fill("This lobby is full."));
    expect((await lobbies.findById(lobby.id))?.players).toHaveLength(4);
  });

  it("refuses an unknown language in the settings", async () => {
    const lobbies = createLobbyService({
      db: database.db,
      catalog: createCatalogService({ db: database.db, clock: systemClock }),
      generateCode: generateLobbyCode,
    });
    const settings = {
      source_language: "xx",
      target_language: "it",
      pos: "noun",
      difficulty: "easy",
      rounds: 3,
      speedBonus: false,
    } as const;
    await expect(lobbies.createLobby(identity(uniqueUser()), { settings })).rejects.toThrow(/unknown language/);
  });
});
