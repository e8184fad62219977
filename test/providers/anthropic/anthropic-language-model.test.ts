import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import type { GenerateRequest } from "../../../src/core/model/language-model";
import { createAnthropicLanguageModel } from "../../../src/providers/anthropic/anthropic-language-model";
import message from "../../fixtures/anthropic/message.json";
import messageMaxTokens from "../../fixtures/anthropic/message-max-tokens.json";
import streamFixture from "../../fixtures/anthropic/message-stream.txt";
import streamMaxTokensFixture from "../../fixtures/anthropic/message-stream-max-tokens.txt";
import { setupMockNetwork } from "../../support/mock-network";
import { collectStream } from "../support/collect-stream";
import { eventStreamResponse } from "../support/event-stream-response";

const network = setupMockNetwork();

const messagesUrl = "https://api.anthropic.com/v1/messages";
const apiKey = "sk-ant-api03-test-0000000000000000";

const request: GenerateRequest = {
  messages: [
    { role: "system", content: "Translate the article into English." },
    { role: "user", content: "Le gouvernement a présenté son budget mardi." },
  ],
  maxOutputTokens: 2048,
};

function createModel() {
  return createAnthropicLanguageModel({ apiKey, modelId: "claude-sonnet-4-6" });
}

/** Answers every call with `response` and records each request body and headers. */
function recordCalls(response: () => Response) {
  const bodies: Record<string, unknown>[] = [];
  const headers: Headers[] = [];
  network.use(
    http.post(messagesUrl, async ({ request: received }) => {
      bodies.push((await received.json()) as Record<string, unknown>);
      headers.push(received.headers);
      return response();
    }),
  );
  return { bodies, headers };
}

describe("Anthropic generate", () => {
  it("returns the text, finish reason and usage of a message", async () => {
    recordCalls(() => HttpResponse.json(message));

    const result = await createModel().generate(request);

    expect(result).toEqual({
      text: "The government presented its budget on Tuesday.",
      finishReason: "stop",
      usage: { inputTokens: 431, outputTokens: 12 },
      provider: "anthropic",
      modelId: "claude-sonnet-4-6",
    });
  });

  it("puts the system prompt in `system`, keeps only turns in `messages`, sends the key", async () => {
    const calls = recordCalls(() => HttpResponse.json(message));

    await createModel().generate(request);

    expect(calls.bodies[0]).toEqual({
      model: "claude-sonnet-4-6",
      max_tokens: 2048,
      system: "Translate the article into English.",
      messages: [{ role: "user", content: "Le gouvernement a présenté son budget mardi." }],
    });
    // SDK 1.x sends the key as a bearer token, no longer as `x-api-key`.
    expect(calls.headers[0]?.get("authorization")).toBe(`Bearer ${apiKey}`);
  });

  it("passes the temperature and the per-call model when given", async () => {
    const calls = recordCalls(() => HttpResponse.json(message));

    const result = await createModel().generate({
      ...request,
      modelId: "claude-haiku-4-5",
      temperature: 0.2,
    });

    expect(calls.bodies[0]).toMatchObject({ model: "claude-haiku-4-5", temperature: 0.2 });
    expect(result.modelId).toBe("claude-haiku-4-5");
  });

  it("accepts a large output budget without the SDK demanding streaming", async () => {
    const calls = recordCalls(() => HttpResponse.json(message));

    await createModel().generate({ ...request, maxOutputTokens: 64_000 });

    expect(calls.bodies[0]).toMatchObject({ max_tokens: 64_000 });
  });

  it("maps max_tokens to the length finish reason", async () => {
    recordCalls(() => HttpResponse.json(messageMaxTokens));

    const result = await createModel().generate(request);

    expect(result.finishReason).toBe("length");
    expect(result.text).toBe("The government presented its");
  });
});

describe("Anthropic stream", () => {
  it("yields the text deltas, then one finish with input and output usage", async () => {
    recordCalls(() => eventStreamResponse(streamFixture));

    const { deltas, finishes } = await collectStream(createModel(), request);

    expect(deltas).toEqual(["The government", " presented its budget", " on Tuesday."]);
    expect(finishes).toEqual([
      {
        text: "The government presented its budget on Tuesday.",
        finishReason: "stop",
        usage: { inputTokens: 431, outputTokens: 12 },
        provider: "anthropic",
        modelId: "claude-sonnet-4-6",
      },
    ]);
  });

  it("asks for a stream with the system prompt in `system`", async () => {
    const calls = recordCalls(() => eventStreamResponse(streamFixture));

    await collectStream(createModel(), request);

    expect(calls.bodies[0]).toMatchObject({
      stream: true,
      max_tokens: 2048,
      system: "Translate the article into English.",
    });
  });

  it("maps a max_tokens stream to the length finish reason", async () => {
    recordCalls(() => eventStreamResponse(streamMaxTokensFixture));

    const { finishes } = await collectStream(createModel(), request);

    expect(finishes[0]?.finishReason).toBe("length");
    expect(finishes[0]?.usage).toEqual({ inputTokens: 431, outputTokens: 5 });
  });
});
