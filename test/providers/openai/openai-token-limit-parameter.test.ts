import { describe, expect, it } from "vitest";
import { openAiTokenLimit } from "../../../src/providers/openai/openai-token-limit-parameter";

describe("openAiTokenLimit", () => {
  it("uses max_completion_tokens for the official API", () => {
    expect(openAiTokenLimit(512, undefined)).toEqual({ max_completion_tokens: 512 });
    expect(openAiTokenLimit(512, "https://api.openai.com/v1")).toEqual({
      max_completion_tokens: 512,
    });
  });

  it("uses max_tokens for an OpenAI-compatible server", () => {
    expect(openAiTokenLimit(512, "http://127.0.0.1:11434/v1")).toEqual({ max_tokens: 512 });
    expect(openAiTokenLimit(512, "http://vllm.internal:8000/v1")).toEqual({ max_tokens: 512 });
  });
});
