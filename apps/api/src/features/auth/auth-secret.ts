import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Config } from "../../config/env.js";

export const SECRET_FILE_NAME = "auth-secret";
const MIN_SECRET_LENGTH = 32;

/**
 * BETTER_AUTH_SECRET signs session cookies. Production must set it (config
 * refuses to start otherwise). For the zero-setup local run it is generated
 * once and kept in the data folder, so sessions survive a restart.
 */
export function resolveAuthSecret(config: Pick<Config, "auth" | "dataDir" | "isProduction">): string {
  if (config.auth.secret) return config.auth.secret;
  if (config.isProduction) throw new Error("BETTER_AUTH_SECRET is required in production");
  const file = path.join(config.dataDir, SECRET_FILE_NAME);
  mkdirSync(config.dataDir, { recursive: true });
  try {
    // "wx": two processes starting at once cannot both write; the second reads the first's.
    writeFileSync(file, `${randomBytes(32).toString("hex")}\n`, { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const secret = readFileSync(file, "utf8").trim();
  if (secret.length < MIN_SECRET_LENGTH)
    throw new Error(
      `${file} holds a secret shorter than ${MIN_SECRET_LENGTH} characters; delete it to generate a new one`,
    );
  return secret;
}
