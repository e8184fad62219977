import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { languageTag } from "../../mock-llm/pseudo-translate";
import { cyrillicLetters, kazakhLetters } from "./support/letters";
import { parseSummaryAnswer, parseTranslationAnswer } from "./support/parse-answer";
import type { PromptText } from "./support/prompt-template";
import { sampleSegments } from "./support/sample-segments";
import { useMock } from "./support/start-mock";
import { summaryPrompt } from "./support/summary-prompt";
import { translationPrompt } from "./support/translation-prompt";

const fixture = useMock();

function asMessages(prompt: PromptText) {
  return [
    { role: "system" as const, content: prompt.system },
    { role: "user" as const, content: prompt.user },
  ];
}

function messagesFor(code: string) {
  return asMessages(translationPrompt({ code, segments: sampleSegments }));
}

function summaryMessagesFor(codes: readonly string[], bullets: number, noteIds: string[] = []) {
  return asMessages(summaryPrompt({ noteIds, codes, bullets, segments: sampleSegments }));
}

describe("mock-llm with the official openai SDK", () => {
  it("answers a translation prompt in the segment format, non-streaming", async () => {
    const completion = await fixture().openai.chat.completions.create({
      model: "gpt-test",
      messages: messagesFor("kk"),
      max_completion_tokens: 4000,
    });

    expect(completion.object).toBe("chat.completion");
    expect(completion.model).toBe("gpt-test");
    const choice = completion.choices[0];
    expect(choice?.finish_reason).toBe("stop");
    const text = choice?.message.content ?? "";
    const answer = parseTranslationAnswer(text);
    expect(answer.segments.map((segment) => segment.id)).toEqual(["title", "1", "2", "3", "4"]);
    for (const segment of answer.segments) expect(segment.text.startsWith("[KAZ] ")).toBe(true);
    expect(answer.endsWithEnd).toBe(true);
    expect(text).not.toContain("[[summary");
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
    await expect.poll(() => fixture().log.at(-1)?.detail).toContain("translate kk: 5 segments;");

    const usage = completion.usage;
    expect(usage?.prompt_tokens).toBeGreaterThan(0);
    expect(usage?.completion_tokens).toBeGreaterThan(0);
    expect(usage?.total_tokens).toBe((usage?.prompt_tokens ?? 0) + (usage?.completion_tokens ?? 0));
  });

  it("answers a summary prompt with the notes, then each language's bullets", async () => {
    const completion = await fixture().openai.chat.completions.create({
      model: "gpt-test",
      messages: summaryMessagesFor(["en", "kk", "ru"], 3, ["1", "2"]),
    });
    expect(completion.choices[0]?.finish_reason).toBe("stop");
    const answer = parseSummaryAnswer(completion.choices[0]?.message.content ?? "");
    expect(answer.notes.map((note) => note.id)).toEqual(["1", "2"]);
    for (const note of answer.notes) {
      expect(note.text.startsWith("[ENG] ")).toBe(true);
      expect(note.text.split(" ").length).toBeLessThanOrEqual(12);
    }
    expect([...answer.summaries.keys()]).toEqual(["en", "kk", "ru"]);
    for (const [code, bullets] of answer.summaries) {
      expect(bullets).toHaveLength(3);
      for (const bullet of bullets) expect(bullet.startsWith(`${languageTag(code)} `)).toBe(true);
    }
    expect(answer.summaries.get("kk")?.join(" ")).toMatch(kazakhLetters);
    expect(answer.summaries.get("ru")?.join(" ")).not.toMatch(kazakhLetters);
    expect(answer.summaries.get("en")?.join(" ")).not.toMatch(cyrillicLetters);
    expect(answer.summaries.get("kk")?.[0]).toContain("3,5 млрд");
    expect(answer.endsWithEnd).toBe(true);
    await expect
      .poll(() => fixture().log.at(-1)?.detail)
      .toContain("summary en,kk,ru: 5 segments, 2 notes, 3 bullets;");
  });

  it("streams the same answer as chunks, then a usage chunk and [DONE]", async () => {
    const { openai } = fixture();
    for (const messages of [messagesFor("kk"), summaryMessagesFor(["kk", "ru"], 3, ["1"])]) {
      const request = { model: "gpt-test", messages, max_tokens: 4000 };
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
    }
  });

  it("streams through the SDK's stream helper as well", async () => {
    const { openai } = fixture();
    const translation = await openai.chat.completions
      .stream({ model: "gpt-test", messages: messagesFor("ru") })
      .finalChatCompletion();
    expect(
      parseTranslationAnswer(translation.choices[0]?.message.content ?? "").segments,
    ).toHaveLength(5);

    const summary = await openai.chat.completions
      .stream({
        model: "gpt-test",
        messages: summaryMessagesFor(["ru"], 2),
        stream_options: { include_usage: true },
      })
      .finalChatCompletion();
    const answer = parseSummaryAnswer(summary.choices[0]?.message.content ?? "");
    expect(answer.notes).toEqual([]);
    expect(answer.summaries.get("ru")).toHaveLength(2);
    expect(summary.usage?.completion_tokens).toBeGreaterThan(0);
  });

  it("omits the usage chunk without stream_options.include_usage", async () => {
    const stream = await fixture().openai.chat.completions.create({
      model: "gpt-test",
      messages: messagesFor("en"),
      stream: true,
    });
    for await (const chunk of stream) {
      expect(chunk.choices).toHaveLength(1);
      expect(chunk.usage).toBeUndefined();
    }
  });

  it("writes Russian in Cyrillic without Kazakh letters, English in Latin", async () => {
    const { openai } = fixture();
    const ru = await openai.chat.completions.create({ model: "m", messages: messagesFor("ru") });
    const ruText = ru.choices[0]?.message.content ?? "";
    expect(ruText).toMatch(cyrillicLetters);
    expect(ruText).not.toMatch(kazakhLetters);
    const ruSegments = parseTranslationAnswer(ruText).segments;
    expect(ruSegments.every((segment) => segment.text.startsWith("[RUS] "))).toBe(true);

    const en = await openai.chat.completions.create({ model: "m", messages: messagesFor("en") });
    const enText = en.choices[0]?.message.content ?? "";
    expect(enText).not.toMatch(cyrillicLetters);
    expect(enText).toContain("[[title en]] [ENG] The government");
  });

  it("reads the prompt when system and user text come as one user message", async () => {
    const { openai } = fixture();
    const translation = translationPrompt({ code: "kk", segments: sampleSegments });
    const translated = await openai.chat.completions.create({
      model: "m",
      messages: [{ role: "user", content: `${translation.system}\n\n${translation.user}` }],
    });
    const segments = parseTranslationAnswer(translated.choices[0]?.message.content ?? "").segments;
    expect(segments).toHaveLength(5);

    const summary = summaryPrompt({
      noteIds: [],
      codes: ["kk"],
      bullets: 2,
      segments: sampleSegments,
    });
    const summarized = await openai.chat.completions.create({
      model: "m",
      messages: [{ role: "user", content: `${summary.system}\n\n${summary.user}` }],
    });
    const answer = parseSummaryAnswer(summarized.choices[0]?.message.content ?? "");
    expect(answer.summaries.get("kk")).toHaveLength(2);
  });

  it("accepts content as an array of text parts and a developer message", async () => {
    const prompt = translationPrompt({ code: "ru", segments: sampleSegments });
    const completion = await fixture().openai.chat.completions.create({
      model: "m",
      messages: [
        { role: "developer", content: prompt.system },
        { role: "user", content: [{ type: "text", text: prompt.user }] },
      ],
    });
    const answer = parseTranslationAnswer(completion.choices[0]?.message.content ?? "");
    expect(answer.segments).toHaveLength(5);
    expect(answer.endsWithEnd).toBe(true);
  });

  it("translates only the segments asked for, with the headline as context", async () => {
    const prompt = translationPrompt({
      code: "kk",
      segments: sampleSegments.slice(3),
      headline: sampleSegments[0]?.[1],
    });
    const completion = await fixture().openai.chat.completions.create({
      model: "m",
      messages: asMessages(prompt),
    });
    const text = completion.choices[0]?.message.content ?? "";
    expect(text.split("\n").map((line) => line.split(" ")[0])).toEqual(["[[3", "[[4", "[[end]]"]);
  });

  it("cuts the answer at max_completion_tokens or max_tokens with finish_reason length", async () => {
    const { openai } = fixture();
    for (const limit of [{ max_completion_tokens: 20 }, { max_tokens: 20 }]) {
      const completion = await openai.chat.completions.create({
        model: "m",
        messages: messagesFor("kk"),
        ...limit,
      });
      expect(completion.choices[0]?.finish_reason).toBe("length");
      expect(completion.usage?.completion_tokens).toBeLessThanOrEqual(20);
      expect(completion.usage?.completion_tokens).toBeGreaterThan(10);
      expect(completion.choices[0]?.message.content).not.toContain("[[end]]");
    }
    const stream = await openai.chat.completions.create({
      model: "m",
      messages: messagesFor("kk"),
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
    const request = { model: "m", messages: messagesFor("en") };
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
      .create({ model: "m", messages: messagesFor("kk"), max_tokens: 0 })
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
