import Anthropic from "@anthropic-ai/sdk";
import { describe, expect, it } from "vitest";
import { useMock } from "./support/start-mock";
import {
  kazakhLetters,
  parseAnswer,
  sampleSegments,
  translationPrompt,
} from "./support/translation-prompt";

const fixture = useMock();

function requestFor(code: string, bullets: number, maxTokens = 4000) {
  const prompt = translationPrompt({ code, bullets, segments: sampleSegments });
  return {
    model: "claude-test",
    max_tokens: maxTokens,
    system: prompt.system,
    messages: [{ role: "user" as const, content: prompt.user }],
  };
}

function textOf(message: Anthropic.Message): string {
  return message.content.map((block) => (block.type === "text" ? block.text : "")).join("");
}

describe("mock-llm with the official @anthropic-ai/sdk", () => {
  it("answers a translation prompt in the segment format, non-streaming", async () => {
    const message = await fixture().anthropic.messages.create(requestFor("kk", 5));
    expect(message.type).toBe("message");
    expect(message.role).toBe("assistant");
    expect(message.model).toBe("claude-test");
    expect(message.stop_reason).toBe("end_turn");
    const text = textOf(message);
    const answer = parseAnswer(text);
    expect(answer.segments.map((segment) => segment.id)).toEqual(["title", "1", "2", "3", "4"]);
    expect(answer.segments.every((segment) => segment.text.startsWith("[KK] "))).toBe(true);
    expect(answer.bullets).toHaveLength(5);
    expect(answer.endsWithEnd).toBe(true);
    expect(text).toMatch(kazakhLetters);
    expect(text).toContain("⟦1⟧");
    expect(text).toContain("7,4 %");
    expect(message.usage.input_tokens).toBeGreaterThan(0);
    expect(message.usage.output_tokens).toBeGreaterThan(0);
  });

  it("accepts the system prompt as an array of text blocks", async () => {
    const request = requestFor("ru", 2);
    const message = await fixture().anthropic.messages.create({
      ...request,
      system: [{ type: "text", text: request.system }],
      messages: [
        { role: "user", content: [{ type: "text", text: request.messages[0]?.content ?? "" }] },
      ],
    });
    const answer = parseAnswer(textOf(message));
    expect(answer.segments).toHaveLength(5);
    expect(answer.bullets).toHaveLength(2);
  });

  it("streams the events in Anthropic's order, with the same text", async () => {
    const { anthropic } = fixture();
    const request = requestFor("kk", 3);
    const whole = await anthropic.messages.create(request);
    const stream = await anthropic.messages.create({ ...request, stream: true });
    const types: string[] = [];
    let text = "";
    let stopReason: string | null = null;
    let outputTokens = 0;
    for await (const event of stream) {
      if (types.at(-1) !== event.type) types.push(event.type);
      if (event.type === "content_block_delta" && event.delta.type === "text_delta")
        text += event.delta.text;
      if (event.type === "message_delta") {
        stopReason = event.delta.stop_reason;
        outputTokens = event.usage.output_tokens;
      }
    }
    // The SDK drops `ping` events; the raw stream test below checks them.
    expect(types).toEqual([
      "message_start",
      "content_block_start",
      "content_block_delta",
      "content_block_stop",
      "message_delta",
      "message_stop",
    ]);
    expect(text).toBe(textOf(whole));
    expect(stopReason).toBe("end_turn");
    expect(outputTokens).toBe(whole.usage.output_tokens);
  });

  it("builds the final message through the SDK's stream helper", async () => {
    const stream = fixture().anthropic.messages.stream(requestFor("en", 2));
    const final = await stream.finalMessage();
    const answer = parseAnswer(textOf(final));
    expect(answer.segments).toHaveLength(5);
    expect(answer.bullets).toHaveLength(2);
    expect(final.stop_reason).toBe("end_turn");
    expect(final.usage.input_tokens).toBeGreaterThan(0);
    expect(final.usage.output_tokens).toBeGreaterThan(0);
  });

  it("sends event: lines, including ping, on the wire", async () => {
    const response = await fetch(`${fixture().mock.url}/v1/messages`, {
      method: "POST",
      headers: {
        "x-api-key": "mock",
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
      },
      body: JSON.stringify({ ...requestFor("kk", 1), stream: true }),
    });
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const events = [...(await response.text()).matchAll(/^event: (\w+)$/gm)].map(
      (match) => match[1],
    );
    expect(events.slice(0, 3)).toEqual(["message_start", "content_block_start", "ping"]);
    expect(events.slice(-3)).toEqual(["content_block_stop", "message_delta", "message_stop"]);
  });

  it("cuts the answer at max_tokens with stop_reason max_tokens", async () => {
    const { anthropic } = fixture();
    const message = await anthropic.messages.create(requestFor("kk", 3, 25));
    expect(message.stop_reason).toBe("max_tokens");
    expect(message.usage.output_tokens).toBeLessThanOrEqual(25);
    expect(textOf(message)).not.toContain("[[end]]");

    const streamed = await anthropic.messages.stream(requestFor("kk", 3, 25)).finalMessage();
    expect(streamed.stop_reason).toBe("max_tokens");
    expect(streamed.usage.output_tokens).toBeLessThanOrEqual(25);
  });

  it("echoes other prompts with a visible mark", async () => {
    const message = await fixture().anthropic.messages.create({
      model: "claude-test",
      max_tokens: 100,
      messages: [{ role: "user", content: "Bonjour" }],
    });
    expect(textOf(message)).toBe("[MOCK] Bonjour");
  });

  it("counts tokens and lists models", async () => {
    const { anthropic } = fixture();
    const request = requestFor("kk", 3);
    const count = await anthropic.messages.countTokens({
      model: request.model,
      system: request.system,
      messages: request.messages,
    });
    const message = await anthropic.messages.create(request);
    expect(count.input_tokens).toBe(message.usage.input_tokens);
    const models = await anthropic.models.list();
    expect(models.data.map((model) => model.id)).toContain("mock-claude");
  });

  it("rejects invalid requests with Anthropic's error shape", async () => {
    const { mock, anthropic } = fixture();
    const response = await fetch(`${mock.url}/v1/messages`, {
      method: "POST",
      headers: { "x-api-key": "mock", "anthropic-version": "2023-06-01" },
      body: JSON.stringify({ model: "m", messages: [{ role: "user", content: "x" }] }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      type: "error",
      error: { type: "invalid_request_error", message: "max_tokens: Field required" },
    });

    const error = await anthropic.messages
      .create({ model: "m", max_tokens: 10, messages: [] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Anthropic.BadRequestError);

    const unauthenticated = await fetch(`${mock.url}/v1/messages`, {
      method: "POST",
      headers: { "anthropic-version": "2023-06-01" },
      body: JSON.stringify({
        model: "m",
        max_tokens: 5,
        messages: [{ role: "user", content: "x" }],
      }),
    });
    expect(unauthenticated.status).toBe(401);
    expect(await unauthenticated.json()).toMatchObject({
      type: "error",
      error: { type: "authentication_error" },
    });
  });
});
