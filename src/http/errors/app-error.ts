import { type ErrorCode, errorStatuses } from "./error-codes";

/** An error meant for the client: a stable code, values for its localized message, details. */
export class AppError extends Error {
  readonly status: (typeof errorStatuses)[ErrorCode];

  constructor(
    readonly code: ErrorCode,
    readonly messageValues: Readonly<Record<string, string | number>> = {},
    readonly details?: unknown,
  ) {
    super(code);
    this.name = "AppError";
    this.status = errorStatuses[code];
  }
}
