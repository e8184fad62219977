/** How the CLI ends; documented in `--help` and the README. */
export const exitCodes = {
  /** Every file written. */
  ok: 0,
  /** A wrong option or argument. */
  usage: 1,
  /** The input cannot be read, or an output cannot be written. */
  file: 2,
  /** The server is unreachable, or it or a provider failed or is not configured (5xx). */
  unavailable: 3,
  /** The service refused the request (4xx: key, size, language, empty article…). */
  refused: 4,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

/** 5xx: the service or its providers failed; 4xx: the request itself was refused. */
export function exitCodeForStatus(status: number): ExitCode {
  return status >= 500 ? exitCodes.unavailable : exitCodes.refused;
}
