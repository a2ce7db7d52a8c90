import { Writable } from "node:stream";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInGuest, uniqueEmail } from "../../../../tests/support/auth-session.js";
import { openTestDatabase, type TestDatabase } from "../../../../tests/support/test-database.js";
import { createLogger } from "../lib/logger.js";
import { startTestServer } from "../../test/support/test-server.js";

/*
 * A failing query must not put personal data in the logs: not the e-mail, not
 * the name, not the parameters of the SQL that failed. The failures here are
 * real: the test database refuses one name and one address by a constraint.
 */

const lines: string[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    done();
  },
});

let database: TestDatabase;
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  database = await openTestDatabase();
  await database.query(`ALTER TABLE lobby_players ADD CONSTRAINT refuses_one_name CHECK (name <> 'Secret Sauce')`);
  await database.query(`ALTER TABLE users ADD CONSTRAINT refuses_one_address CHECK (email NOT LIKE 'leaky-%')`);
  server = await startTestServer(database.db, { logger: createLogger("info", sink) });
});
afterAll(async () => {
  await server.close();
  await database.destroy();
});

describe("error logs", () => {
  it("say what failed without the name a failed lobby query carried", async () => {
    const guest = await signInGuest(server.baseUrl, "Someone");
    lines.length = 0;
    const response = await request(server.app)
      .post("/api/v1/lobbies")
      .set("Cookie", guest.cookie)
      .send({ nickname: "Secret Sauce" });
    expect(response.status).toBe(500);
    expect(response.body).toMatchObject({ success: false, code: "internal_error" });
    const errors = lines.filter((line) => (JSON.parse(line) as { level: number }).level >= 50);
    expect(errors.length, lines.join("\n")).toBeGreaterThan(0);
    // The failure is still useful to an operator: the query's text and the database's error code.
    const logged = errors.map((line) => JSON.parse(line) as { err?: { message: string; cause?: { code: string } } });
    expect(logged.some((line) => line.err?.message.includes('insert into "lobby_players"'))).toBe(true);
    expect(logged.some((line) => line.err?.cause?.code === "23514")).toBe(true);
    expect(lines.join("\n")).not.toContain("Secret Sauce");
    expect(lines.join("\n")).not.toContain(guest.userId);
  });

  it("say what failed at sign-up without the address or the name", async () => {
    lines.length = 0;
    const email = uniqueEmail("leaky");
    const response = await request(server.app)
      .post("/api/auth/sign-up/email")
      .set("Origin", server.baseUrl)
      .send({ email, password: "correct horse battery", name: "Private Person" });
    expect(response.status).toBeGreaterThanOrEqual(400);
    const errors = lines.filter((line) => (JSON.parse(line) as { level: number }).level >= 50);
    expect(errors.length, lines.join("\n")).toBeGreaterThan(0);
    expect(lines.join("\n")).not.toContain(email);
    expect(lines.join("\n")).not.toContain(email.split("@")[0]);
    expect(lines.join("\n")).not.toContain("Private Person");
  });
});
