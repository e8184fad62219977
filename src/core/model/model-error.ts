/** What went wrong in a model call, independent of the vendor. */
export type ModelErrorKind =
  | "rate_limited" // 429
  | "overloaded" // 5xx, 529
  | "conflict" // 409
  | "request_timeout" // 408
  | "timeout" // our own per-call timeout fired
  | "network" // connection refused, reset, DNS
  | "authentication" // 401, 403
  | "bad_request" // 400, 404, 422: the call itself is wrong
  | "truncated" // the output hit the token limit
  | "malformed_output" // the answer does not follow the requested format
  | "content_filter"
  | "unknown";

const retryableKinds: ReadonlySet<ModelErrorKind> = new Set([
  "rate_limited",
  "overloaded",
  "conflict",
  "request_timeout",
  "timeout",
  "network",
  "malformed_output",
]);

export interface ModelErrorOptions {
  readonly kind: ModelErrorKind;
  readonly provider: string;
  readonly modelId: string;
  readonly status?: number;
  /** Delay the vendor asked for (from `Retry-After` / `retry-after-ms`). */
  readonly retryAfterMs?: number;
  readonly cause?: unknown;
}

export class ModelError extends Error {
  readonly kind: ModelErrorKind;
  readonly provider: string;
  readonly modelId: string;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(message: string, options: ModelErrorOptions) {
    super(message, { cause: options.cause });
    this.name = "ModelError";
    this.kind = options.kind;
    this.provider = options.provider;
    this.modelId = options.modelId;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }

  get isRetryable(): boolean {
    return retryableKinds.has(this.kind);
  }
}

export function isModelError(error: unknown): error is ModelError {
  return error instanceof ModelError;
}
