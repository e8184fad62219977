import { execFile } from "node:child_process";
import { join } from "node:path";
import { repositoryRoot } from "./article-fixtures";

export interface TilmashRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Variables that would change what the CLI does: providers, settings, keys, mock faults. */
const settingVariable = /^(OPENAI|ANTHROPIC|LLM|API_KEYS|TILMASH|MOCK_LLM|CACHE_TTL|MAX_ARTICLE)/;

/**
 * Runs `cli/bin.mjs` as a child process, as `npx tilmash` does, with this process's
 * environment minus every provider setting, plus the given variables.
 */
export function runTilmash(
  args: readonly string[],
  options: { readonly cwd: string; readonly environment?: Record<string, string> },
): Promise<TilmashRun> {
  const environment: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(environment))
    if (settingVariable.test(name)) delete environment[name];
  Object.assign(environment, options.environment);
  const command = [join(repositoryRoot, "cli/bin.mjs"), ...args];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      command,
      { cwd: options.cwd, env: environment, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
