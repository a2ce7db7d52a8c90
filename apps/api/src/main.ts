import { ConfigError, parseConfig, type Config } from "./config/env.js";
import { createLogger, type Logger } from "./lib/logger.js";

/**
 * Runs a command-line entry point: parses the environment, and turns a wrong
 * variable or a startup failure into a clear message and exit code 1.
 */
export async function runMain(task: (config: Config, logger: Logger) => Promise<void>): Promise<void> {
  let config: Config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`lila cannot start. ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  try {
    await task(config, logger);
  } catch (error) {
    logger.fatal({ err: error }, error instanceof Error ? error.message : "startup failed");
    process.exit(1);
  }
}
