import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_ACCOUNT_NAME_LENGTH } from "@lila/shared";
import { signInGuest, uniqueEmail } from "../../../../tests/support/auth-session.js";
import { openTestDatabase, type TestDatabase } from "../../../../tests/support/test-database.js";
import { startTestServer } from "../../test/support/test-server.js";

/*
 * Names are shown to other players: wherever one enters (a lobby nickname, an
 * account's name at sign-up or later, a guest's name), control characters and
 * overlong names are refused with a 400 that names the field, never a 500.
 */

const PASSWORD = "correct horse battery";
const HOSTILE = {
  NUL: "Ada\u0000Lovelace",
  "a C0 control": "Ada\u0007",
  "a C1 control": "Ada\u0085x",
  DEL: "Ada\u007f",
  "a bidi override": "Ada\u202Egnp.exe",
  "a bidi isolate": "Ada\u2066x",
};

let database: TestDatabase;
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  database = await openTestDatabase();
  server = await startTestServer(database.db);
});
afterAll(async () => {
  await server.close();
  await database.destroy();
});

function expectRefusedField(response: request.Response, field: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(400);
  expect(response.body).toMatchObject({ success: false, code: "validation_failed" });
  expect(response.body.issues).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
}

describe("a lobby nickname", () => {
  for (const [what, nickname] of Object.entries(HOSTILE)) {
    it(`with ${what} is refused on create and on join`, async () => {
      const guest = await signInGuest(server.baseUrl, "Host");
      expectRefusedField(
        await request(server.app).post("/api/v1/lobbies").set("Cookie", guest.cookie).send({ nickname }),
        "nickname",
      );
      const created = await request(server.app).post("/api/v1/lobbies").set("Cookie", guest.cookie).send({});
      expect(created.status).toBe(201);
      const other = await signInGuest(server.baseUrl, "Other");
      expectRefusedField(
        await request(server.app)
          .post(`/api/v1/lobbies/${created.body.data.code as string}/join`)
          .set("Cookie", other.cookie)
          .send({ nickname }),
        "nickname",
      );
    });
  }
});

describe("an account's name", () => {
  const origin = () => server.baseUrl;

  for (const [what, name] of Object.entries(HOSTILE)) {
    it(`with ${what} is refused at sign-up, on update and for a guest`, async () => {
      const signUp = await request(server.app)
        .post("/api/auth/sign-up/email")
        .set("Origin", origin())
        .send({ email: uniqueEmail("hostile"), password: PASSWORD, name });
      expectRefusedField(signUp, "name");

      const guest = await signInGuest(server.baseUrl, "Plain");
      const update = await request(server.app)
        .post("/api/auth/update-user")
        .set("Origin", origin())
        .set("Cookie", guest.cookie)
        .send({ name });
      expectRefusedField(update, "name");

      const anonymous = await request(server.app)
        .post("/api/auth/sign-in/anonymous")
        .set("Origin", origin())
        .send({ name });
      expectRefusedField(anonymous, "name");
    });
  }

  it(`is capped at ${MAX_ACCOUNT_NAME_LENGTH} characters, with a message that says so`, async () => {
    const long = await request(server.app)
      .post("/api/auth/sign-up/email")
      .set("Origin", origin())
      .send({ email: uniqueEmail("long"), password: PASSWORD, name: "x".repeat(10_000) });
    expectRefusedField(long, "name");
    expect(long.body.error).toContain(`at most ${MAX_ACCOUNT_NAME_LENGTH} characters`);

    const fits = await request(server.app)
      .post("/api/auth/sign-up/email")
      .set("Origin", origin())
      .send({ email: uniqueEmail("fits"), password: PASSWORD, name: "x".repeat(MAX_ACCOUNT_NAME_LENGTH) });
    expect(fits.status).toBe(200);
  });

  it("keeps ordinary names in any script, with inner spaces and accents", async () => {
    for (const name of ["Zoë Ångström", "Кира", "李小龍", "O'Brien-Smith"]) {
      const response = await request(server.app)
        .post("/api/auth/sign-up/email")
        .set("Origin", origin())
        .send({ email: uniqueEmail("ordinary"), password: PASSWORD, name });
      expect(response.status, name).toBe(200);
    }
  });
});
