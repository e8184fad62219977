import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import type { GenerateRequest } from "../../../src/core/model/language-model";
import { createOpenAiLanguageModel } from "../../../src/providers/openai/openai-language-model";
import completion from "../../fixtures/openai/chat-completion.json";
import completionLength from "../../fixtures/openai/chat-completion-length.json";
import streamFixture from "../../fixtures/openai/chat-completion-stream.txt";
import streamLengthFixture from "../../fixtures/openai/chat-completion-stream-length.txt";
import { setupMockNetwork } from "../../support/mock-network";
import { collectStream } from "../support/collect-stream";
import { eventStreamResponse } from "../support/event-stream-response";

const network = setupMockNetwork();

const completionsUrl = "https://api.openai.com/v1/chat/completions";
const apiKey = "sk-proj-test-0000000000000000000000000000";

const request: GenerateRequest = {
  messages: [
    { role: "system", content: "Translate the article into English." },
    { role: "user", content: "Le gouvernement a présenté son budget mardi." },
  ],
  maxOutputTokens: 2048,
};

function createModel() {
  return createOpenAiLanguageModel({ apiKey, modelId: "gpt-5.4-mini" });
}

/** Answers every call with `response` and records each request body and headers. */
function recordCalls(response: () => Response) {
  const bodies: Record<string, unknown>[] = [];
  const headers: Headers[] = [];
  network.use(
    http.post(completionsUrl, async ({ request: received }) => {
      bodies.push((await received.json()) as Record<string, unknown>);
      headers.push(received.headers);
      return response();
    }),
  );
  return { bodies, headers };
}

describe("OpenAI generate", () => {
  it("returns the text, finish reason and usage of a chat completion", async () => {
    recordCalls(() => HttpResponse.json(completion));

    const result = await createModel().generate(request);

    expect(result).toEqual({
      text: "The government presented its budget on Tuesday.",
      finishReason: "stop",
      usage: { inputTokens: 412, outputTokens: 9 },
      provider: "openai",
      modelId: "gpt-5.4-mini",
    });
  });

  it("sends the messages, the model, the key and max_completion_tokens to the official API", async () => {
    const calls = recordCalls(() => HttpResponse.json(completion));

    await createModel().generate(request);

    expect(calls.bodies[0]).toEqual({
      model: "gpt-5.4-mini",
      messages: request.messages,
      max_completion_tokens: 2048,
    });
    expect(calls.headers[0]?.get("authorization")).toBe(`Bearer ${apiKey}`);
  });

  it("passes the temperature and the per-call model when given", async () => {
    const calls = recordCalls(() => HttpResponse.json(completion));

    const result = await createModel().generate({
      ...request,
      modelId: "gpt-5.4",
      temperature: 0.2,
    });

    expect(calls.bodies[0]).toMatchObject({ model: "gpt-5.4", temperature: 0.2 });
    expect(result.modelId).toBe("gpt-5.4");
  });

  it("maps a truncated completion to the length finish reason", async () => {
    recordCalls(() => HttpResponse.json(completionLength));

    const result = await createModel().generate(request);

    expect(result.finishReason).toBe("length");
    expect(result.text).toBe("The government presented its");
  });
});

describe("OpenAI stream", () => {
  it("yields the text deltas, then one finish with the usage of the last chunk", async () => {
    recordCalls(() => eventStreamResponse(streamFixture));

    const { deltas, finishes } = await collectStream(createModel(), request);

    expect(deltas.join("")).toBe("The government presented its budget on Tuesday.");
    expect(deltas).toHaveLength(8);
    expect(finishes).toEqual([
      {
        text: "The government presented its budget on Tuesday.",
        finishReason: "stop",
        usage: { inputTokens: 412, outputTokens: 9 },
        provider: "openai",
        modelId: "gpt-5.4-mini",
      },
    ]);
  });

  it("asks for streaming with the usage chunk included", async () => {
    const calls = recordCalls(() => eventStreamResponse(streamFixture));

    await collectStream(createModel(), request);

    expect(calls.bodies[0]).toMatchObject({
      stream: true,
      stream_options: { include_usage: true },
      max_completion_tokens: 2048,
    });
  });

  it("maps a truncated stream to the length finish reason", async () => {
    recordCalls(() => eventStreamResponse(streamLengthFixture));

    const { finishes } = await collectStream(createModel(), request);

    expect(finishes[0]?.finishReason).toBe("length");
    expect(finishes[0]?.usage).toEqual({ inputTokens: 412, outputTokens: 5 });
  });
});
