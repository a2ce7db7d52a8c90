import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, serializeError } from "./logger.js";

function databaseError(message: string, extra: Record<string, unknown>) {
  return Object.assign(new Error(message), { code: "22P02", severity: "ERROR", ...extra });
}

describe("serializeError", () => {
  it("keeps a failed query's text and its database error's code, never the values", () => {
    const cause = databaseError('invalid input syntax for type uuid: "ada@example.test"', {
      detail: "Key (email)=(ada@example.test) already exists.",
      where: "row (Ada Lovelace)",
      table: "users",
    });
    const failed = Object.assign(
      new Error('Failed query: select * from "users" where "email" = $1\nparams: ada@example.test'),
      {
        query: 'select * from "users" where "email" = $1',
        params: ["ada@example.test"],
        cause,
      },
    );
    const serialized = serializeError(failed);
    const text = JSON.stringify(serialized);
    expect(text).not.toContain("ada@example.test");
    expect(text).not.toContain("Ada Lovelace");
    expect(serialized).toMatchObject({
      type: "Error",
      message: 'Failed query: select * from "users" where "email" = $1',
      cause: { code: "22P02", table: "users", message: 'invalid input syntax for type uuid: "[withheld]"' },
    });
  });

  it("redacts e-mail and password keys that a log call passes by mistake", () => {
    const lines: string[] = [];
    const logger = createLogger(
      "info",
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString());
          done();
        },
      }),
    );
    logger.info({ email: "ada@example.test", user: { email: "ada@example.test", password: "hunter22" } }, "oops");
    expect(lines.join("")).not.toContain("ada@example.test");
    expect(lines.join("")).not.toContain("hunter22");
  });
});
