/** Errors whose message is meant for the person at the terminal; anything else prints its stack. */
const PLAIN = new Set(["ConfigError", "LauncherError", "SeedValidationError", "SeedLoadError", "DatabaseUnavailableError", "AppError", "UsageError", "BulkLoadRefused", "ImportToolError", "BulkCsvError"]);

/** Runs a script's body, prints the outcome and sets the exit code; the body closes what it opened. */
export function runMain(body: () => Promise<void>): void {
  body()
    .catch((error: unknown) => {
      if (error instanceof Error && PLAIN.has(error.name)) console.error(`\n${error.message}`);
      else console.error(error);
      process.exitCode = 1;
    });
}
