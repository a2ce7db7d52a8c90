import pg from "pg";

export interface WaitForPostgresOptions {
  /** How long to keep trying in all. */
  totalMs: number;
  /** How long one attempt may take (connect and a first query). */
  attemptMs: number;
  /** Told after each failed attempt, so that the wait is never silent. */
  onRetry: (progress: { attempt: number; elapsedMs: number; reason: string }) => void;
  pauseMs?: number;
}

/** Where a database URL points, without its user or password: for messages. */
export function describePostgres(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `${url.hostname}:${url.port || "5432"}`;
}

/**
 * Waits until PostgreSQL answers `SELECT 1`, trying again while it starts or
 * stalls, and fails with a message naming the server once `totalMs` have
 * passed. Each attempt is bounded on its own: a server that accepts the
 * connection and never answers (a frozen host) costs `attemptMs`, not forever.
 */
export async function waitForPostgres(databaseUrl: string, options: WaitForPostgresOptions): Promise<void> {
  const started = Date.now();
  const pauseMs = options.pauseMs ?? 1_000;
  for (let attempt = 1; ; attempt++) {
    const left = options.totalMs - (Date.now() - started);
    const budget = Math.max(100, Math.min(options.attemptMs, left));
    const client = new pg.Client({
      connectionString: databaseUrl,
      connectionTimeoutMillis: budget,
      query_timeout: budget,
    });
    client.on("error", () => {});
    let reason: string;
    try {
      await client.connect();
      await client.query("SELECT 1");
      void client.end().catch(() => {});
      return;
    } catch (error) {
      reason = error instanceof Error ? error.message : String(error);
      // Not awaited: ending a connection to a frozen server waits for an answer that never comes.
      void client.end().catch(() => {});
    }
    const elapsedMs = Date.now() - started;
    options.onRetry({ attempt, elapsedMs, reason });
    if (elapsedMs + pauseMs >= options.totalMs) {
      throw new Error(
        `PostgreSQL at ${describePostgres(databaseUrl)} did not answer within ${Math.round(options.totalMs / 1000)} s ` +
          `(check DATABASE_URL and that the database is up; last error: ${reason})`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}
