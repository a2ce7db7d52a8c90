import path from "node:path";
import { z } from "zod";

const originList = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((origin) => origin.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.url({ protocol: /^https?$/ }).transform((origin) => origin.replace(/\/$/, ""))).min(1));

const booleanFlag = z.enum(["true", "false", "1", "0"]).transform((value) => value === "true" || value === "1");

/** Every environment variable the API reads, in one place. See .env.example. */
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("0.0.0.0"),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// URL" }).optional(),
  // Bounds on every wait toward PostgreSQL (DATABASE_URL only; see packages/db connection.ts).
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  DATABASE_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).optional(),
  DATABASE_STARTUP_TIMEOUT_MS: z.coerce.number().int().min(500).max(600_000).default(30_000),
  DATA_DIR: z.string().min(1).default("./data"),
  VOCABULARY_DIR: z.string().optional(),
  SEED_ON_START: booleanFlag.default(true),
  CORS_ORIGIN: originList.default(["http://localhost:5173", "http://localhost:3000"]),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  WEB_DIST_DIR: z.string().optional(),
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  GAME_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  // Attempts to join a lobby by code (HTTP and socket together), per minute: lobby codes must not be guessable.
  LOBBY_JOINS_PER_MINUTE_PER_USER: z.coerce.number().int().min(1).default(20),
  LOBBY_JOINS_PER_MINUTE_PER_ADDRESS: z.coerce.number().int().min(1).default(60),
  // Open sockets at once, across every API process.
  SOCKETS_PER_USER: z.coerce.number().int().min(1).default(8),
  SOCKETS_PER_ADDRESS: z.coerce.number().int().min(1).default(100),
  // How long a client may take to send its request (http/http-server.ts).
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(65_000),
  // Realtime matches (features/match, realtime/). See docs/decisions/0003-realtime.md.
  VALKEY_URL: z.url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL" }).optional(),
  VALKEY_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]{1,64}$/, "must be 1-64 letters, digits, ':', '_' or '-'")
    .default("lila:"),
  VALKEY_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
  VALKEY_COMMAND_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(2_000),
  ROUND_SECONDS: z.coerce.number().min(0.1).max(600).default(15),
  ROUND_BREAK_SECONDS: z.coerce.number().min(0).max(60).default(3),
  RECONNECT_GRACE_SECONDS: z.coerce.number().min(1).max(3600).default(60),
  // Accounts (features/auth). See docs/decisions/0002-accounts.md.
  BETTER_AUTH_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
  BETTER_AUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -hex 32)").optional(),
  COOKIE_DOMAIN: z
    .string()
    .regex(/^\.?[a-z0-9-]+(\.[a-z0-9-]+)*$/i, "must be a domain such as .example.com")
    .optional(),
  GOOGLE_CLIENT_ID: z.string().optional(),
  GOOGLE_CLIENT_SECRET: z.string().optional(),
  GITHUB_CLIENT_ID: z.string().optional(),
  GITHUB_CLIENT_SECRET: z.string().optional(),
  AUTH_TEST_OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  AUTH_TEST_OIDC_CLIENT_ID: z.string().optional(),
  AUTH_TEST_OIDC_CLIENT_SECRET: z.string().optional(),
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(300),
  AUTH_SIGN_IN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
});

/**
 * Secrets that were ever published as development values (.env.example, docker-compose.yml).
 * Production refuses them: anyone who read the repository knows them.
 */
const DEVELOPMENT_SECRETS = new Set(["dev-only-secret-change-me-0123456789abcdef", "lila"]);
const isDevelopmentSecret = (value: string) =>
  DEVELOPMENT_SECRETS.has(value) || value.startsWith("dev-only") || value.includes("change-me");

/** Rules across variables (EnvSchema checks each one alone): accounts, see features/auth. */
function checkAuthVariables(env: z.infer<typeof EnvSchema>, context: z.RefinementCtx): void {
  const problem = (path: string, message: string) => context.addIssue({ code: "custom", path: [path], message });
  if (env.NODE_ENV === "production" && !env.BETTER_AUTH_SECRET)
    problem("BETTER_AUTH_SECRET", "is required in production (openssl rand -hex 32)");
  if (env.NODE_ENV === "production" && env.BETTER_AUTH_SECRET && isDevelopmentSecret(env.BETTER_AUTH_SECRET))
    problem("BETTER_AUTH_SECRET", "is a published development value, refused in production (openssl rand -hex 32)");
  const databasePassword = env.DATABASE_URL ? decodeURIComponent(new URL(env.DATABASE_URL).password) : "";
  if (env.NODE_ENV === "production" && databasePassword && isDevelopmentSecret(databasePassword))
    problem("DATABASE_URL", "uses a published development password, refused in production (POSTGRES_PASSWORD)");
  for (const provider of ["GOOGLE", "GITHUB", "AUTH_TEST_OIDC"] as const) {
    const id = env[`${provider}_CLIENT_ID`];
    const secret = env[`${provider}_CLIENT_SECRET`];
    if (Boolean(id) !== Boolean(secret))
      problem(
        `${provider}_CLIENT_${id ? "SECRET" : "ID"}`,
        `must be set together with ${provider}_CLIENT_${id ? "ID" : "SECRET"}`,
      );
  }
  if (Boolean(env.AUTH_TEST_OIDC_ISSUER) !== Boolean(env.AUTH_TEST_OIDC_CLIENT_ID))
    problem("AUTH_TEST_OIDC_ISSUER", "and AUTH_TEST_OIDC_CLIENT_ID/SECRET are set together");
  if (env.NODE_ENV === "production" && env.AUTH_TEST_OIDC_ISSUER)
    problem("AUTH_TEST_OIDC_ISSUER", "is for tests only and refused in production");
}

export type Config = ReturnType<typeof toConfig>;

export interface PostgresConfig {
  databaseUrl: string;
  timeouts: { connectMs: number; statementMs: number; queryMs: number; idleMs: number };
  startupTimeoutMs: number;
}
/** PostgreSQL with DATABASE_URL, else PGlite in DATA_DIR. */
export type DatabaseConfig = PostgresConfig | { dataDir: string };

function oauthCredentials(clientId: string | undefined, clientSecret: string | undefined) {
  return clientId && clientSecret ? { clientId, clientSecret } : undefined;
}

function toConfig(env: z.infer<typeof EnvSchema>) {
  return {
    environment: env.NODE_ENV,
    isProduction: env.NODE_ENV === "production",
    host: env.HOST,
    port: env.PORT,
    database: env.DATABASE_URL
      ? ({
          databaseUrl: env.DATABASE_URL,
          timeouts: {
            connectMs: env.DATABASE_CONNECT_TIMEOUT_MS,
            statementMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
            // A little longer than the server's own limit, which then answers first with a clear error.
            queryMs: env.DATABASE_QUERY_TIMEOUT_MS ?? env.DATABASE_STATEMENT_TIMEOUT_MS + 2_000,
            idleMs: 30_000,
          },
          /** How long the process waits for PostgreSQL at start before giving up. */
          startupTimeoutMs: env.DATABASE_STARTUP_TIMEOUT_MS,
        } satisfies PostgresConfig as DatabaseConfig)
      : ({ dataDir: path.resolve(env.DATA_DIR, "pglite") } as DatabaseConfig),
    dataDir: path.resolve(env.DATA_DIR),
    vocabularyDir: env.VOCABULARY_DIR ? path.resolve(env.VOCABULARY_DIR) : undefined,
    seedOnStart: env.SEED_ON_START,
    corsOrigins: env.CORS_ORIGIN,
    logLevel: env.LOG_LEVEL,
    webDistDir: env.WEB_DIST_DIR ? path.resolve(env.WEB_DIST_DIR) : undefined,
    trustProxy: env.TRUST_PROXY,
    gameRateLimitPerMinute: env.GAME_RATE_LIMIT_PER_MINUTE,
    sockets: { perUser: env.SOCKETS_PER_USER, perAddress: env.SOCKETS_PER_ADDRESS },
    lobbyJoins: {
      perUserPerMinute: env.LOBBY_JOINS_PER_MINUTE_PER_USER,
      perAddressPerMinute: env.LOBBY_JOINS_PER_MINUTE_PER_ADDRESS,
    },
    http: {
      headersTimeoutMs: env.HTTP_HEADERS_TIMEOUT_MS,
      // Node refuses a request timeout shorter than the header timeout.
      requestTimeoutMs: Math.max(env.HTTP_REQUEST_TIMEOUT_MS, env.HTTP_HEADERS_TIMEOUT_MS),
      keepAliveTimeoutMs: env.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    },
    /** Shared state for several API processes; unset, everything stays in this process's memory. */
    valkey: env.VALKEY_URL
      ? {
          url: env.VALKEY_URL,
          keyPrefix: env.VALKEY_KEY_PREFIX,
          connectTimeoutMs: env.VALKEY_CONNECT_TIMEOUT_MS,
          commandTimeoutMs: env.VALKEY_COMMAND_TIMEOUT_MS,
        }
      : undefined,
    match: {
      roundMs: Math.round(env.ROUND_SECONDS * 1000),
      breakMs: Math.round(env.ROUND_BREAK_SECONDS * 1000),
      graceMs: Math.round(env.RECONNECT_GRACE_SECONDS * 1000),
    },
    auth: {
      /** Where the API is reached from browsers; OAuth callbacks go to <url>/api/auth/callback/<provider>. */
      url: (env.BETTER_AUTH_URL ?? `http://localhost:${env.PORT || 3000}`).replace(/\/$/, ""),
      /** Unset outside production: generated once into DATA_DIR (features/auth/auth-secret.ts). */
      secret: env.BETTER_AUTH_SECRET,
      cookieDomain: env.COOKIE_DOMAIN,
      google: oauthCredentials(env.GOOGLE_CLIENT_ID, env.GOOGLE_CLIENT_SECRET),
      github: oauthCredentials(env.GITHUB_CLIENT_ID, env.GITHUB_CLIENT_SECRET),
      testOidc: env.AUTH_TEST_OIDC_ISSUER
        ? {
            issuer: env.AUTH_TEST_OIDC_ISSUER.replace(/\/$/, ""),
            ...oauthCredentials(env.AUTH_TEST_OIDC_CLIENT_ID, env.AUTH_TEST_OIDC_CLIENT_SECRET)!,
          }
        : undefined,
      rateLimitPerMinute: env.AUTH_RATE_LIMIT_PER_MINUTE,
      signInRateLimitPerMinute: env.AUTH_SIGN_IN_RATE_LIMIT_PER_MINUTE,
    },
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
  const parsed = EnvSchema.superRefine(checkAuthVariables).safeParse(set);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  return toConfig(parsed.data);
}
