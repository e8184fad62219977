import { CliError } from "./cli-error";
import type { CliIo } from "./cli-io";
import { type ExitCode, exitCodes } from "./exit-codes";
import { formatJsonReport, formatReport } from "./format-report";
import { parseCliArguments } from "./parse-cli-arguments";
import { translateCommand } from "./translate-command";
import { usageText } from "./usage-text";

/** Runs one command line; returns the exit code (see `exit-codes.ts`). */
export async function runCli(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const wantsJson = args.includes("--json");
  try {
    const command = parseCliArguments(args);
    if (command.kind === "help") {
      io.out(usageText);
      return exitCodes.ok;
    }
    const report = await translateCommand(command.options, io);
    io.out(command.options.json ? formatJsonReport(report) : formatReport(report, io.cwd));
    return exitCodes.ok;
  } catch (error) {
    const failure = toCliError(error);
    io.err(`tilmash: ${failure.message}\n`);
    if (wantsJson) io.out(`${JSON.stringify({ error: errorReport(failure) }, null, 2)}\n`);
    return failure.exitCode;
  }
}

function errorReport(failure: CliError) {
  return { code: failure.code, message: failure.message, exit_code: failure.exitCode };
}

/** Anything unforeseen (an answer that does not parse, a bug) counts as the service failing. */
function toCliError(error: unknown): CliError {
  if (error instanceof CliError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new CliError(exitCodes.unavailable, "unexpected", message);
}
