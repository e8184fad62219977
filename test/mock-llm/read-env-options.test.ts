import { describe, expect, it } from "vitest";
import { readEnvConfig } from "../../mock-llm/read-env-options";
import { startupBanner } from "../../mock-llm/startup-banner";

describe("readEnvConfig", () => {
  it("defaults to 127.0.0.1:8790 with no latency and no faults", () => {
    expect(readEnvConfig({})).toEqual({
      host: "127.0.0.1",
      port: 8790,
      logRequests: true,
      options: {
        ttftMs: undefined,
        tokensPerSecond: undefined,
        fault: [],
        faultRate: undefined,
        faultFirstN: undefined,
        seed: undefined,
      },
    });
  });

  it("reads HOST, PORT and every MOCK_LLM_* variable", () => {
    const config = readEnvConfig({
      HOST: "0.0.0.0",
      PORT: "9000",
      MOCK_LLM_TTFT_MS: "250",
      MOCK_LLM_TOKENS_PER_SECOND: "40",
      MOCK_LLM_FAULT: "rate_limit,overloaded",
      MOCK_LLM_FAULT_RATE: "0.2",
      MOCK_LLM_FAULT_FIRST_N: "3",
      MOCK_LLM_SEED: "7",
      MOCK_LLM_LOG: "0",
    });
    expect(config).toEqual({
      host: "0.0.0.0",
      port: 9000,
      logRequests: false,
      options: {
        ttftMs: 250,
        tokensPerSecond: 40,
        fault: ["rate_limit", "overloaded"],
        faultRate: 0.2,
        faultFirstN: 3,
        seed: 7,
      },
    });
  });

  it("refuses invalid values with the variable's name", () => {
    expect(() => readEnvConfig({ PORT: "http" })).toThrow(/PORT/);
    expect(() => readEnvConfig({ MOCK_LLM_FAULT: "slow" })).toThrow(/MOCK_LLM_FAULT/);
    expect(() => readEnvConfig({ MOCK_LLM_FAULT_RATE: "0.5" })).toThrow(/need MOCK_LLM_FAULT/);
    expect(() => readEnvConfig({ MOCK_LLM_TTFT_MS: "-1" })).toThrow(/MOCK_LLM_TTFT_MS/);
  });
});

describe("startupBanner", () => {
  it("says what to put in the worker's .dev.vars", () => {
    const banner = startupBanner("http://127.0.0.1:8790", {});
    expect(banner).toContain("OPENAI_BASE_URL=http://127.0.0.1:8790/v1");
    expect(banner).toContain("OPENAI_API_KEY=mock");
    expect(banner).toContain("ANTHROPIC_BASE_URL=http://127.0.0.1:8790 ");
    expect(banner).toContain("ANTHROPIC_API_KEY=mock");
    expect(banner).not.toContain("\n");
  });
});
