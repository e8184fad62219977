import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { useMock } from "./support/start-mock";
import {
  cyrillicLetters,
  kazakhLetters,
  parseAnswer,
  sampleSegments,
  translationPrompt,
} from "./support/translation-prompt";

const fixture = useMock();

function messagesFor(code: string, bullets: number, task?: string) {
  const prompt = translationPrompt({ code, bullets, segments: sampleSegments, task });
  return [
    { role: "system" as const, content: prompt.system },
    { role: "user" as const, content: prompt.user },
  ];
}

describe("mock-llm with the official openai SDK", () => {
  it("answers a translation prompt in the segment format, non-streaming", async () => {
    const completion = await fixture().openai.chat.completions.create({
      model: "gpt-test",
      messages: messagesFor("kk", 3),
      max_completion_tokens: 4000,
    });

    expect(completion.object).toBe("chat.completion");
    expect(completion.model).toBe("gpt-test");
    const choice = completion.choices[0];
    expect(choice?.finish_reason).toBe("stop");
    const text = choice?.message.content ?? "";
    const answer = parseAnswer(text);
    expect(answer.segments.map((segment) => segment.id)).toEqual(["title", "1", "2", "3", "4"]);
    for (const segment of answer.segments) expect(segment.text.startsWith("[KK] ")).toBe(true);
    expect(answer.bullets).toHaveLength(3);
    for (const bullet of answer.bullets ?? []) expect(bullet.startsWith("[KK] ")).toBe(true);
    expect(answer.endsWithEnd).toBe(true);
    expect(text).toMatch(kazakhLetters);

    const byId = new Map(answer.segments.map((segment) => [segment.id, segment.text]));
    expect(byId.get("1")).toContain("⟦1⟧");
    expect(byId.get("1")).toContain("3,5");
    expect(byId.get("1")).toContain("12");
    expect(byId.get("1")).toContain("2025");
    expect(byId.get("1")).toMatch(/\*\*\S.*\S\*\*/);
    expect(byId.get("2")).toContain("7,4 %");
    expect(byId.get("2")).toMatch(/_\S+_/);
    expect(byId.get("3")).toMatch(/\[[^\]]+\]\(⟦2⟧\).*⟦3⟧/);

    const usage = completion.usage;
    expect(usage?.prompt_tokens).toBeGreaterThan(0);
    expect(usage?.completion_tokens).toBeGreaterThan(0);
    expect(usage?.total_tokens).toBe((usage?.prompt_tokens ?? 0) + (usage?.completion_tokens ?? 0));
  });

  it("streams the same answer as chunks, then a usage chunk and [DONE]", async () => {
    const { openai } = fixture();
    const request = { model: "gpt-test", messages: messagesFor("kk", 3), max_tokens: 4000 };
    const whole = await openai.chat.completions.create(request);
    const stream = await openai.chat.completions.create({
      ...request,
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = "";
    let contentChunks = 0;
    const finishReasons: string[] = [];
    let usageChunk: OpenAI.Chat.Completions.ChatCompletionChunk | undefined;
    for await (const chunk of stream) {
      expect(chunk.object).toBe("chat.completion.chunk");
      if (chunk.choices.length === 0) {
        usageChunk = chunk;
        continue;
      }
      const choice = chunk.choices[0];
      if (choice?.delta.content) {
        text += choice.delta.content;
        contentChunks += 1;
      }
      if (choice?.finish_reason) finishReasons.push(choice.finish_reason);
    }
    expect(contentChunks).toBeGreaterThan(10);
    expect(text).toBe(whole.choices[0]?.message.content);
    expect(finishReasons).toEqual(["stop"]);
    expect(usageChunk?.usage?.completion_tokens).toBe(whole.usage?.completion_tokens);
    expect(usageChunk?.usage?.prompt_tokens).toBeGreaterThan(0);
  });

  it("streams through the SDK's stream helper as well", async () => {
    const runner = fixture().openai.chat.completions.stream({
      model: "gpt-test",
      messages: messagesFor("ru", 2),
      stream_options: { include_usage: true },
    });
    const final = await runner.finalChatCompletion();
    const answer = parseAnswer(final.choices[0]?.message.content ?? "");
    expect(answer.segments).toHaveLength(5);
    expect(answer.bullets).toHaveLength(2);
    expect(final.usage?.completion_tokens).toBeGreaterThan(0);
  });

  it("omits the usage chunk without stream_options.include_usage", async () => {
    const stream = await fixture().openai.chat.completions.create({
      model: "gpt-test",
      messages: messagesFor("en", 0),
      stream: true,
    });
    for await (const chunk of stream) {
      expect(chunk.choices).toHaveLength(1);
      expect(chunk.usage).toBeUndefined();
    }
  });

  it("writes Russian in Cyrillic without Kazakh letters, English in Latin", async () => {
    const { openai } = fixture();
    const ru = await openai.chat.completions.create({ model: "m", messages: messagesFor("ru", 2) });
    const ruText = ru.choices[0]?.message.content ?? "";
    expect(ruText).toMatch(cyrillicLetters);
    expect(ruText).not.toMatch(kazakhLetters);
    expect(parseAnswer(ruText).segments.every((segment) => segment.text.startsWith("[RU] "))).toBe(
      true,
    );

    const en = await openai.chat.completions.create({ model: "m", messages: messagesFor("en", 2) });
    const enText = en.choices[0]?.message.content ?? "";
    expect(enText).not.toMatch(cyrillicLetters);
    expect(enText).toContain("[[title]] [EN] The government");
  });

  it("reads the prompt when system and user text come as one user message", async () => {
    const prompt = translationPrompt({ code: "kk", bullets: 2, segments: sampleSegments });
    const completion = await fixture().openai.chat.completions.create({
      model: "m",
      messages: [{ role: "user", content: `${prompt.system}\n\n${prompt.user}` }],
    });
    const answer = parseAnswer(completion.choices[0]?.message.content ?? "");
    expect(answer.segments).toHaveLength(5);
    expect(answer.bullets).toHaveLength(2);
  });

  it("accepts content as an array of text parts and a developer message", async () => {
    const prompt = translationPrompt({ code: "ru", bullets: 0, segments: sampleSegments });
    const completion = await fixture().openai.chat.completions.create({
      model: "m",
      messages: [
        { role: "developer", content: prompt.system },
        { role: "user", content: [{ type: "text", text: prompt.user }] },
      ],
    });
    const answer = parseAnswer(completion.choices[0]?.message.content ?? "");
    expect(answer.segments).toHaveLength(5);
    expect(answer.bullets).toBeUndefined();
    expect(answer.endsWithEnd).toBe(true);
  });

  it("answers only the summary for the summarize task", async () => {
    const completion = await fixture().openai.chat.completions.create({
      model: "m",
      messages: messagesFor("kk", 4, "summarize"),
    });
    const text = completion.choices[0]?.message.content ?? "";
    const lines = text.split("\n");
    expect(lines[0]).toBe("[[summary]]");
    expect(lines.slice(1, -1)).toHaveLength(4);
    expect(lines.at(-1)).toBe("[[end]]");
  });

  it("cuts the answer at max_completion_tokens or max_tokens with finish_reason length", async () => {
    const { openai } = fixture();
    for (const limit of [{ max_completion_tokens: 20 }, { max_tokens: 20 }]) {
      const completion = await openai.chat.completions.create({
        model: "m",
        messages: messagesFor("kk", 3),
        ...limit,
      });
      expect(completion.choices[0]?.finish_reason).toBe("length");
      expect(completion.usage?.completion_tokens).toBeLessThanOrEqual(20);
      expect(completion.usage?.completion_tokens).toBeGreaterThan(10);
      expect(completion.choices[0]?.message.content).not.toContain("[[end]]");
    }
    const stream = await openai.chat.completions.create({
      model: "m",
      messages: messagesFor("kk", 3),
      max_completion_tokens: 20,
      stream: true,
      stream_options: { include_usage: true },
    });
    const finishReasons: string[] = [];
    let completionTokens = 0;
    for await (const chunk of stream) {
      const reason = chunk.choices[0]?.finish_reason;
      if (reason) finishReasons.push(reason);
      completionTokens = chunk.usage?.completion_tokens ?? completionTokens;
    }
    expect(finishReasons).toEqual(["length"]);
    expect(completionTokens).toBeLessThanOrEqual(20);
  });

  it("answers deterministically", async () => {
    const { openai } = fixture();
    const request = { model: "m", messages: messagesFor("en", 3) };
    const first = await openai.chat.completions.create(request);
    const second = await openai.chat.completions.create(request);
    expect(second.choices[0]?.message.content).toBe(first.choices[0]?.message.content);
  });

  it("echoes other prompts with a visible mark", async () => {
    const completion = await fixture().openai.chat.completions.create({
      model: "m",
      messages: [{ role: "user", content: "Say hello" }],
    });
    expect(completion.choices[0]?.message.content).toBe("[MOCK] Say hello");
  });

  it("lists models", async () => {
    const models = await fixture().openai.models.list();
    expect(models.data.map((model) => model.id)).toContain("mock-gpt");
    const model = await fixture().openai.models.retrieve("gpt-anything");
    expect(model.id).toBe("gpt-anything");
  });

  it("rejects invalid requests with OpenAI's error shape", async () => {
    const { openai, mock } = fixture();
    const error = await openai.chat.completions
      .create({ model: "m", messages: messagesFor("kk", 0), max_tokens: 0 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(error).toMatchObject({
      status: 400,
      param: "max_tokens",
      type: "invalid_request_error",
    });

    const unauthenticated = await fetch(`${mock.url}/v1/chat/completions`, {
      method: "POST",
      body: JSON.stringify({ model: "m", messages: [{ role: "user", content: "x" }] }),
    });
    expect(unauthenticated.status).toBe(401);
    const body: unknown = await unauthenticated.json();
    expect(body).toMatchObject({
      error: {
        type: "invalid_request_error",
        param: null,
        code: null,
        message: expect.any(String),
      },
    });

    const notFound = await openai.get("/nowhere").catch((caught: unknown) => caught);
    expect(notFound).toBeInstanceOf(OpenAI.NotFoundError);
  });
});
