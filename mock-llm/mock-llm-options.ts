import type { FaultKind } from "./faults";

/** Server-wide behaviour; every field has a per-request header that overrides it. */
export interface MockLlmOptions {
  /** Time to first token, ms (`MOCK_LLM_TTFT_MS`, header `x-mock-ttft-ms`). Default 0. */
  readonly ttftMs?: number;
  /** Output speed (`MOCK_LLM_TOKENS_PER_SECOND`, header `x-mock-tokens-per-second`). 0 = instant. */
  readonly tokensPerSecond?: number;
  /** Fault(s) to inject (`MOCK_LLM_FAULT`, header `x-mock-fault`). Default none. */
  readonly fault?: FaultKind | readonly FaultKind[];
  /** Share of completion requests that fault, 0–1 (`MOCK_LLM_FAULT_RATE`). Default: all. */
  readonly faultRate?: number;
  /** Fault only the server's first N completion requests (`MOCK_LLM_FAULT_FIRST_N`). */
  readonly faultFirstN?: number;
  /** Seed for `faultRate` draws and for picking among several faults (`MOCK_LLM_SEED`). Default 1. */
  readonly seed?: number;
  /** Called once per finished request, e.g. to log it. */
  readonly onRequest?: (entry: RequestLogEntry) => void;
}

export interface RequestLogEntry {
  readonly method: string;
  readonly path: string;
  /** HTTP status sent, or 0 when the client left before any answer. */
  readonly status: number;
  readonly durationMs: number;
  /** What the route did: vendor, language, segments, tokens, fault… */
  readonly detail: string;
}
