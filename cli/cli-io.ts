/** What the CLI touches besides files: its streams, environment and directory. */
export interface CliIo {
  /** Standard output: the result (a file list, or JSON with `--json`). */
  readonly out: (text: string) => void;
  /** Standard error: progress and error messages. */
  readonly err: (text: string) => void;
  readonly environment: Readonly<Record<string, string | undefined>>;
  /** Whether standard error is a terminal: progress then redraws one line in place. */
  readonly interactive: boolean;
  readonly cwd: string;
}
