import type { IncomingHttpHeaders } from "node:http";
import { type FaultPolicy, faultKinds, isFaultKind } from "./faults";
import type { LatencySettings } from "./latency";
import type { MockLlmOptions } from "./mock-llm-options";
import {
  parseFaultList,
  parseNonNegativeInteger,
  parseNonNegativeNumber,
  parseRate,
  parseSeed,
} from "./option-values";

/** The headers a test can send to change one request. */
export const mockHeaders = {
  ttftMs: "x-mock-ttft-ms",
  tokensPerSecond: "x-mock-tokens-per-second",
  fault: "x-mock-fault",
  faultRate: "x-mock-fault-rate",
  faultFirstN: "x-mock-fault-first-n",
  seed: "x-mock-seed",
} as const;

export interface RequestSettings {
  readonly latency: LatencySettings;
  readonly faultPolicy: FaultPolicy;
}

/** The server-wide settings; throws on an invalid option. */
export function serverSettings(options: MockLlmOptions): RequestSettings {
  const ttftMs = options.ttftMs ?? 0;
  const tokensPerSecond = options.tokensPerSecond ?? 0;
  const faults = options.fault === undefined ? [] : [options.fault].flat();
  const rate = options.faultRate;
  const firstN = options.faultFirstN;
  const seed = options.seed ?? 1;
  requireOption(isNonNegative(ttftMs), "ttftMs must be a number ≥ 0");
  requireOption(isNonNegative(tokensPerSecond), "tokensPerSecond must be a number ≥ 0");
  requireOption(
    faults.every((fault) => isFaultKind(fault)),
    `fault must be one of ${faultKinds.join(", ")}`,
  );
  requireOption(
    rate === undefined || (isNonNegative(rate) && rate <= 1),
    "faultRate must be between 0 and 1",
  );
  requireOption(
    firstN === undefined || (Number.isInteger(firstN) && firstN >= 0),
    "faultFirstN must be a whole number ≥ 0",
  );
  requireOption(Number.isSafeInteger(seed), "seed must be an integer");
  return {
    latency: { ttftMs, tokensPerSecond },
    faultPolicy: { faults, rate, firstN, seed },
  };
}

function isNonNegative(value: number): boolean {
  return Number.isFinite(value) && value >= 0;
}

function requireOption(valid: boolean, message: string): void {
  if (!valid) throw new Error(`createMockLlmServer: ${message}`);
}

/**
 * The server settings with this request's `x-mock-*` headers applied; throws on an invalid
 * header. A request that names its own fault (`x-mock-fault`) is a targeted override: the
 * server's fault rate and first-N limit do not apply to it, only those sent as headers.
 */
export function resolveRequestSettings(
  defaults: RequestSettings,
  headers: IncomingHttpHeaders,
): RequestSettings {
  const read = (name: string): string | undefined => {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const ttft = read(mockHeaders.ttftMs);
  const speed = read(mockHeaders.tokensPerSecond);
  const fault = read(mockHeaders.fault);
  const rate = read(mockHeaders.faultRate);
  const firstN = read(mockHeaders.faultFirstN);
  const seed = read(mockHeaders.seed);
  const base = defaults.faultPolicy;
  return {
    latency: {
      ttftMs:
        ttft === undefined
          ? defaults.latency.ttftMs
          : parseNonNegativeNumber(mockHeaders.ttftMs, ttft),
      tokensPerSecond:
        speed === undefined
          ? defaults.latency.tokensPerSecond
          : parseNonNegativeNumber(mockHeaders.tokensPerSecond, speed),
    },
    faultPolicy: {
      faults: fault === undefined ? base.faults : parseFaultList(mockHeaders.fault, fault),
      rate:
        rate !== undefined
          ? parseRate(mockHeaders.faultRate, rate)
          : fault === undefined
            ? base.rate
            : undefined,
      firstN:
        firstN !== undefined
          ? parseNonNegativeInteger(mockHeaders.faultFirstN, firstN)
          : fault === undefined
            ? base.firstN
            : undefined,
      seed: seed === undefined ? base.seed : parseSeed(mockHeaders.seed, seed),
    },
  };
}
