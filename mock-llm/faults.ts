/**
 * Faults the mock can inject, per request or at a rate:
 * - `rate_limit`: 429 with `Retry-After: 1` and `retry-after-ms: 1000`
 * - `server_error`: 500
 * - `overloaded`: 503 (OpenAI style) or 529 `overloaded_error` (Anthropic)
 * - `timeout`: reads the request, never answers, lets go when the client disconnects
 * - `truncate`: half the answer, with finish_reason `length` / stop_reason `max_tokens`
 * - `malformed`: an answer in prose that ignores the segment format
 */
export const faultKinds = [
  "rate_limit",
  "server_error",
  "overloaded",
  "timeout",
  "truncate",
  "malformed",
] as const;

export type FaultKind = (typeof faultKinds)[number];

/** The faults answered with an HTTP error instead of a completion. */
export type ErrorFault = Extract<FaultKind, "rate_limit" | "server_error" | "overloaded">;

export function isFaultKind(value: string): value is FaultKind {
  return faultKinds.some((kind) => kind === value);
}

export function isErrorFault(kind: FaultKind): kind is ErrorFault {
  return kind === "rate_limit" || kind === "server_error" || kind === "overloaded";
}

/** When to inject which fault. */
export interface FaultPolicy {
  /** Empty: never. Several: one is drawn per faulted request. */
  readonly faults: readonly FaultKind[];
  /** Share of requests to fault, 0–1; undefined: all of them. */
  readonly rate: number | undefined;
  /** Only requests 1…N of the server's completion requests may fault; undefined: no limit. */
  readonly firstN: number | undefined;
  /** Seed of the pseudo-random draws, so a run can be replayed. */
  readonly seed: number;
}

/**
 * The fault for the completion request numbered `sequence` (1-based, counted by the server),
 * or undefined. Deterministic: the same policy and sequence always give the same answer.
 */
export function decideFault(policy: FaultPolicy, sequence: number): FaultKind | undefined {
  if (policy.faults.length === 0) return undefined;
  if (policy.firstN !== undefined && sequence > policy.firstN) return undefined;
  if (policy.rate !== undefined && seededRandom(policy.seed, sequence, 1) >= policy.rate) {
    return undefined;
  }
  const pick = Math.floor(seededRandom(policy.seed, sequence, 2) * policy.faults.length);
  return policy.faults[pick];
}

/** A number in [0, 1) derived from (seed, sequence, stream) only: a small integer hash. */
export function seededRandom(seed: number, sequence: number, stream: number): number {
  let state =
    (Math.imul(seed | 0, 0x9e3779b1) ^
      Math.imul(sequence | 0, 0x85ebca77) ^
      Math.imul(stream | 0, 0xc2b2ae3d)) >>>
    0;
  state = (state + 0x6d2b79f5) >>> 0;
  let mixed = Math.imul(state ^ (state >>> 15), state | 1);
  mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
  return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
}
