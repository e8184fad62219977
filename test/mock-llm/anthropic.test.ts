import Anthropic from "@anthropic-ai/sdk";
import { describe, expect, it } from "vitest";
import { kazakhLetters } from "./support/letters";
import { parseSummaryAnswer, parseTranslationAnswer } from "./support/parse-answer";
import type { PromptText } from "./support/prompt-template";
import { sampleSegments } from "./support/sample-segments";
import { useMock } from "./support/start-mock";
import { summaryPrompt } from "./support/summary-prompt";
import { translationPrompt } from "./support/translation-prompt";

const fixture = useMock();

function asRequest(prompt: PromptText, maxTokens: number) {
  return {
    model: "claude-test",
    max_tokens: maxTokens,
    system: prompt.system,
    messages: [{ role: "user" as const, content: prompt.user }],
  };
}

function requestFor(code: string, maxTokens = 4000) {
  return asRequest(translationPrompt({ code, segments: sampleSegments }), maxTokens);
}

function summaryRequestFor(codes: readonly string[], bullets: number, maxTokens = 4000) {
  const prompt = summaryPrompt({ noteIds: ["1"], codes, bullets, segments: sampleSegments });
  return asRequest(prompt, maxTokens);
}

function textOf(message: Anthropic.Message): string {
  return message.content.map((block) => (block.type === "text" ? block.text : "")).join("");
}

describe("mock-llm with the official @anthropic-ai/sdk", () => {
  it("answers a translation prompt in the segment format, non-streaming", async () => {
    const message = await fixture().anthropic.messages.create(requestFor("kk"));
    expect(message.type).toBe("message");
    expect(message.role).toBe("assistant");
    expect(message.model).toBe("claude-test");
    expect(message.stop_reason).toBe("end_turn");
    const text = textOf(message);
    const answer = parseTranslationAnswer(text);
    expect(answer.segments.map((segment) => segment.id)).toEqual(["title", "1", "2", "3", "4"]);
    expect(answer.segments.every((segment) => segment.text.startsWith("[KAZ] "))).toBe(true);
    expect(answer.endsWithEnd).toBe(true);
    expect(text).toMatch(kazakhLetters);
    expect(text).toContain("⟦1⟧");
    expect(text).toContain("7,4 %");
    expect(message.usage.input_tokens).toBeGreaterThan(0);
    expect(message.usage.output_tokens).toBeGreaterThan(0);
  });

  it("answers a summary prompt with the notes, then each language's bullets", async () => {
    const message = await fixture().anthropic.messages.create(summaryRequestFor(["kk", "ru"], 5));
    expect(message.stop_reason).toBe("end_turn");
    const answer = parseSummaryAnswer(textOf(message));
    expect(answer.notes.map((note) => note.id)).toEqual(["1"]);
    expect(answer.notes[0]?.text.startsWith("[ENG] ")).toBe(true);
    expect(answer.summaries.get("kk")).toHaveLength(5);
    expect(answer.summaries.get("ru")).toHaveLength(5);
    expect(answer.summaries.get("kk")?.every((bullet) => bullet.startsWith("[KAZ] "))).toBe(true);
    expect(answer.summaries.get("kk")?.join(" ")).toMatch(kazakhLetters);
    expect(answer.summaries.get("ru")?.join(" ")).not.toMatch(kazakhLetters);
    expect(answer.summaries.get("ru")?.join(" ")).toContain("7,4 %");
    expect(answer.endsWithEnd).toBe(true);
  });

  it("accepts the system prompt as an array of text blocks", async () => {
    const request = summaryRequestFor(["ru"], 2);
    const message = await fixture().anthropic.messages.create({
      ...request,
      system: [{ type: "text", text: request.system }],
      messages: [
        { role: "user", content: [{ type: "text", text: request.messages[0]?.content ?? "" }] },
      ],
    });
    const answer = parseSummaryAnswer(textOf(message));
    expect(answer.summaries.get("ru")).toHaveLength(2);
  });

  it("streams the events in Anthropic's order, with the same text", async () => {
    const { anthropic } = fixture();
    const request = summaryRequestFor(["en", "kk"], 3);
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
    const stream = fixture().anthropic.messages.stream(requestFor("en"));
    const final = await stream.finalMessage();
    const answer = parseTranslationAnswer(textOf(final));
    expect(answer.segments).toHaveLength(5);
    expect(answer.endsWithEnd).toBe(true);
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
      body: JSON.stringify({ ...requestFor("kk"), stream: true }),
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
    for (const request of [requestFor("kk", 25), summaryRequestFor(["kk"], 3, 25)]) {
      const message = await anthropic.messages.create(request);
      expect(message.stop_reason).toBe("max_tokens");
      expect(message.usage.output_tokens).toBeLessThanOrEqual(25);
      expect(message.usage.output_tokens).toBeGreaterThan(15);
      expect(textOf(message)).not.toContain("[[end]]");
    }

    const streamed = await anthropic.messages.stream(requestFor("kk", 25)).finalMessage();
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
    const request = summaryRequestFor(["kk"], 3);
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
