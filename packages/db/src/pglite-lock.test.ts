import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, it } from "vitest";
import { openDatabase } from "./connection.js";
import { DataDirectoryInUseError } from "./pglite-lock.js";

const folder = mkdtempSync(path.join(tmpdir(), "lila-lock-"));
const dataDir = path.join(folder, "pglite");
afterAll(() => rmSync(folder, { recursive: true, force: true }));

it("lets only one process open a PGlite data directory, and the next one after it closes", async () => {
  const holder = spawn(
    process.execPath,
    [
      "--conditions=@lila/source",
      "--import",
      "tsx",
      fileURLToPath(new URL("../test/fixtures/hold-data-directory.ts", import.meta.url)),
      dataDir,
    ],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  const [firstOutput] = (await once(holder.stdout, "data")) as [Buffer];
  expect(firstOutput.toString()).toBe("opened\n");

  const attempt = openDatabase({ dataDir });
  await expect(attempt).rejects.toBeInstanceOf(DataDirectoryInUseError);
  await expect(attempt).rejects.toThrow(/already open in another lila process/);

  holder.stdin.end();
  await once(holder, "exit");
  const handle = await openDatabase({ dataDir });
  const rows = await handle.query<{ ok: number }>("SELECT 1 AS ok");
  expect(rows).toEqual([{ ok: 1 }]);
  await handle.close();
}, 60_000);
