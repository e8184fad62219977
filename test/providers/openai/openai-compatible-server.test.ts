import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import type { GenerateRequest } from "../../../src/core/model/language-model";
import { createOpenAiLanguageModel } from "../../../src/providers/openai/openai-language-model";
import ollamaCompletion from "../../fixtures/openai/ollama-chat-completion.json";
import { setupMockNetwork } from "../../support/mock-network";

const network = setupMockNetwork();

const baseUrl = "http://127.0.0.1:11434/v1";

const request: GenerateRequest = {
  messages: [{ role: "user", content: "Le gouvernement a présenté son budget mardi." }],
  maxOutputTokens: 1024,
};

function recordBodies() {
  const bodies: Record<string, unknown>[] = [];
  network.use(
    http.post(`${baseUrl}/chat/completions`, async ({ request: received }) => {
      bodies.push((await received.json()) as Record<string, unknown>);
      return HttpResponse.json(ollamaCompletion);
    }),
  );
  return bodies;
}

describe("OpenAI-compatible server", () => {
  it("sends max_tokens, not max_completion_tokens, to the custom base URL", async () => {
    const bodies = recordBodies();
    const model = createOpenAiLanguageModel({ apiKey: "not-needed", baseUrl, modelId: "qwen3:8b" });

    const result = await model.generate(request);

    expect(bodies[0]).toEqual({ model: "qwen3:8b", messages: request.messages, max_tokens: 1024 });
    expect(bodies[0]).not.toHaveProperty("max_completion_tokens");
    expect(result).toEqual({
      text: "The government presented its budget on Tuesday.",
      finishReason: "stop",
      usage: { inputTokens: 388, outputTokens: 11 },
      provider: "openai",
      modelId: "qwen3:8b",
    });
  });
});
