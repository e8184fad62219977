import type { ExitCode } from "./exit-codes";

/** A failure the CLI reports as one line, a stable code, and its exit code. */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "CliError";
  }
}
