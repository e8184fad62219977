import type { CliIo } from "../../../../cli/cli-io";

/** A CliIo that keeps what the CLI prints, for tests that call `runCli` directly. */
export function captureIo(cwd: string, environment: CliIo["environment"] = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (text) => void out.push(text),
    err: (text) => void err.push(text),
    environment,
    interactive: false,
    cwd,
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}
