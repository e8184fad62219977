import type { MockLlmOptions } from "./mock-llm-options";
import {
  parseFaultList,
  parseNonNegativeInteger,
  parseNonNegativeNumber,
  parseRate,
  parseSeed,
} from "./option-values";

export interface EnvConfig {
  readonly host: string;
  readonly port: number;
  /** One log line per request unless `MOCK_LLM_LOG=0`. */
  readonly logRequests: boolean;
  readonly options: MockLlmOptions;
}

export const defaultPort = 8790;

/** Reads `HOST`, `PORT` and the `MOCK_LLM_*` variables; throws on an invalid value. */
export function readEnvConfig(env: Readonly<Record<string, string | undefined>>): EnvConfig {
  const value = (name: string): string | undefined => {
    const raw = env[name];
    return raw === undefined || raw.trim() === "" ? undefined : raw;
  };
  const port = value("PORT");
  const ttft = value("MOCK_LLM_TTFT_MS");
  const speed = value("MOCK_LLM_TOKENS_PER_SECOND");
  const fault = value("MOCK_LLM_FAULT");
  const rate = value("MOCK_LLM_FAULT_RATE");
  const firstN = value("MOCK_LLM_FAULT_FIRST_N");
  const seed = value("MOCK_LLM_SEED");
  const faults = fault === undefined ? [] : parseFaultList("MOCK_LLM_FAULT", fault);
  if (faults.length === 0 && (rate !== undefined || firstN !== undefined)) {
    throw new Error("MOCK_LLM_FAULT_RATE and MOCK_LLM_FAULT_FIRST_N need MOCK_LLM_FAULT");
  }
  const portNumber = port === undefined ? defaultPort : parseNonNegativeInteger("PORT", port);
  if (portNumber > 65_535) throw new Error(`PORT must be at most 65535, got "${port}"`);
  return {
    host: value("HOST") ?? "127.0.0.1",
    port: portNumber,
    logRequests: value("MOCK_LLM_LOG") !== "0",
    options: {
      ttftMs: ttft === undefined ? undefined : parseNonNegativeNumber("MOCK_LLM_TTFT_MS", ttft),
      tokensPerSecond:
        speed === undefined
          ? undefined
          : parseNonNegativeNumber("MOCK_LLM_TOKENS_PER_SECOND", speed),
      fault: faults,
      faultRate: rate === undefined ? undefined : parseRate("MOCK_LLM_FAULT_RATE", rate),
      faultFirstN:
        firstN === undefined
          ? undefined
          : parseNonNegativeInteger("MOCK_LLM_FAULT_FIRST_N", firstN),
      seed: seed === undefined ? undefined : parseSeed("MOCK_LLM_SEED", seed),
    },
  };
}
