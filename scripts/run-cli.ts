import { isAppError } from "../lib/errors";

/**
 * Runs a command-line entry point: expected failures (AppError) print one line and exit 1; anything
 * else is a bug and keeps its stack.
 */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (isAppError(error)) {
      console.error(`error: ${error.message}`);
    } else {
      console.error(error);
    }
    process.exit(1);
  });
}
