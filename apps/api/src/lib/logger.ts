import { pino, type Logger } from "pino";

export type { Logger };

/**
 * What an error log line may say about a database error besides its message:
 * where it happened and its SQLSTATE, never `detail` or `where` (they quote
 * the row: names, addresses).
 */
const SAFE_ERROR_FIELDS = [
  "code",
  "severity",
  "routine",
  "schema",
  "table",
  "column",
  "constraint",
  "errno",
  "syscall",
];
const MAX_CAUSES = 4;

/**
 * Errors as log lines without personal data. A failed query's error carries its
 * parameters (Drizzle puts them in the message and on the error), a database
 * error may quote the value it refused: the query's text and the error's code
 * are kept, the values are not. Other properties of an error are left out.
 */
export function serializeError(error: unknown, depth = 0): Record<string, unknown> {
  if (typeof error !== "object" || error === null) return { type: typeof error };
  const fields = error as Record<string, unknown>;
  const type = error instanceof Error ? error.name : typeof fields.type === "string" ? fields.type : "Object";
  const serialized: Record<string, unknown> = { type, message: safeMessage(fields) };
  for (const field of SAFE_ERROR_FIELDS) {
    const value = fields[field];
    if (typeof value === "string" || typeof value === "number") serialized[field] = value;
  }
  if (typeof fields.stack === "string") {
    // The first line of a stack repeats the message; only the frames are kept.
    serialized.stack = fields.stack
      .split("\n")
      .filter((line) => line.trimStart().startsWith("at "))
      .join("\n");
  }
  if (fields.cause !== undefined && depth < MAX_CAUSES) serialized.cause = serializeError(fields.cause, depth + 1);
  return serialized;
}

function safeMessage(fields: Record<string, unknown>): string {
  if (typeof fields.message !== "string") return "";
  // Drizzle: "Failed query: <sql>\nparams: <values>".
  const withoutParams = fields.message.split("\nparams:")[0]!;
  // PostgreSQL: 'invalid input syntax for type uuid: "<value>"'.
  const isDatabaseError = typeof fields.code === "string" && /^[0-9A-Z]{5}$/.test(fields.code);
  return isDatabaseError ? withoutParams.replace(/: ".*"/s, ': "[withheld]"') : withoutParams;
}

/** Keys that hold personal data or secrets wherever they appear in a log line's first two levels. */
const REDACTED_PATHS = [
  "req.headers.cookie",
  "req.headers.authorization",
  'res.headers["set-cookie"]',
  "email",
  "*.email",
  "password",
  "*.password",
  "params",
  "*.params",
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "lila-api" },
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: { err: serializeError },
      redact: REDACTED_PATHS,
    },
    destination,
  );
}
