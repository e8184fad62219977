/**
 * `tilmash`: the command line (see `tilmash --help`). Started by `cli/bin.mjs`, which
 * loads TypeScript through tsx and the prompt files as text, as wrangler bundles them.
 */
import { runCli } from "./run-cli";

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  environment: process.env,
  interactive: process.stderr.isTTY === true,
  cwd: process.cwd(),
});
