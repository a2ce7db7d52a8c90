import path from "node:path";
import { z } from "zod";

const originList = z
  .string()
  .transform((value) => value.split(",").map((origin) => origin.trim()).filter(Boolean))
  .pipe(z.array(z.url({ protocol: /^https?$/ }).transform((origin) => origin.replace(/\/$/, ""))).min(1));

const booleanFlag = z.enum(["true", "false", "1", "0"]).transform((value) => value === "true" || value === "1");

/** Every environment variable the API reads, in one place. See .env.example. */
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("0.0.0.0"),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// URL" }).optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  VOCABULARY_DIR: z.string().optional(),
  SEED_ON_START: booleanFlag.default(true),
  CORS_ORIGIN: originList.default(["http://localhost:5173", "http://localhost:3000"]),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  WEB_DIST_DIR: z.string().optional(),
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  GAME_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
});

export type Config = ReturnType<typeof toConfig>;

function toConfig(env: z.infer<typeof EnvSchema>) {
  return {
    environment: env.NODE_ENV,
    isProduction: env.NODE_ENV === "production",
    host: env.HOST,
    port: env.PORT,
    database: env.DATABASE_URL
      ? ({ databaseUrl: env.DATABASE_URL } as const)
      : ({ dataDir: path.resolve(env.DATA_DIR, "pglite") } as const),
    dataDir: path.resolve(env.DATA_DIR),
    vocabularyDir: env.VOCABULARY_DIR ? path.resolve(env.VOCABULARY_DIR) : undefined,
    seedOnStart: env.SEED_ON_START,
    corsOrigins: env.CORS_ORIGIN,
    logLevel: env.LOG_LEVEL,
    webDistDir: env.WEB_DIST_DIR ? path.resolve(env.WEB_DIST_DIR) : undefined,
    trustProxy: env.TRUST_PROXY,
    gameRateLimitPerMinute: env.GAME_RATE_LIMIT_PER_MINUTE,
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`The environment is not valid:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Parses the environment once at boot; a wrong variable stops the process with a readable list. */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
  // An empty variable (PORT= in a .env file) means "not set", not "zero" or "".
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = EnvSchema.safeParse(set);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  return toConfig(parsed.data);
}
