import lockfile from "proper-lockfile";

/**
 * PGlite has no cross-process lock: two processes on one data directory corrupt
 * it silently. We hold a lock file beside the directory for as long as it is
 * open; a lock left by a crashed process goes stale after STALE_MS.
 */
const STALE_MS = 15_000;

export class DataDirectoryInUseError extends Error {
  constructor(directory: string) {
    super(
      `The embedded database in ${directory} is already open in another lila process. ` +
        `Stop that process first (only one process may open a PGlite data directory), ` +
        `or set DATABASE_URL to use a PostgreSQL server.`,
    );
    this.name = "DataDirectoryInUseError";
  }
}

export async function lockDataDirectory(directory: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(directory, {
      stale: STALE_MS,
      update: STALE_MS / 3,
      retries: 0,
      realpath: false,
      onCompromised: (error) => {
        // Someone else took the lock: stop before two writers corrupt the data.
        console.error(`Lost the lock on ${directory}: ${error.message}`);
        process.exit(1);
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ELOCKED") throw new DataDirectoryInUseError(directory);
    throw error;
  }
}
