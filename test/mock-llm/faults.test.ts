import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { afterEach, describe, expect, it } from "vitest";
import { getMockLlmStats } from "../../mock-llm/create-mock-llm-server";
import type { StartMockLlmOptions } from "../../mock-llm/start-mock-llm-server";
import { parseSummaryAnswer, parseTranslationAnswer } from "./support/parse-answer";
import type { PromptText } from "./support/prompt-template";
import { sampleSegments } from "./support/sample-segments";
import { type MockFixture, startMock } from "./support/start-mock";
import { summaryPrompt } from "./support/summary-prompt";
import { translationPrompt } from "./support/translation-prompt";

const prompts: Readonly<Record<"translation" | "summary", PromptText>> = {
  translation: translationPrompt({ code: "kk", segments: sampleSegments }),
  summary: summaryPrompt({
    noteIds: ["1"],
    codes: ["en", "kk"],
    bullets: 3,
    segments: sampleSegments,
  }),
};

interface Outcome {
  readonly text: string;
  readonly finish: string | null | undefined;
}

/** One completion through the vendor's SDK, normalised. */
async function complete(
  fixture: MockFixture,
  vendor: "openai" | "anthropic",
  headers: Record<string, string> = {},
  stream = false,
  prompt: PromptText = prompts.translation,
): Promise<Outcome> {
  if (vendor === "openai") {
    const body = {
      model: "m",
      messages: [
        { role: "system" as const, content: prompt.system },
        { role: "user" as const, content: prompt.user },
      ],
    };
    if (stream) {
      const chunks = await fixture.openai.chat.completions.create(
        { ...body, stream: true },
        { headers },
      );
      let text = "";
      let finish: string | null | undefined;
      for await (const chunk of chunks) {
        text += chunk.choices[0]?.delta.content ?? "";
        finish = chunk.choices[0]?.finish_reason ?? finish;
      }
      return { text, finish };
    }
    const completion = await fixture.openai.chat.completions.create(body, { headers });
    return {
      text: completion.choices[0]?.message.content ?? "",
      finish: completion.choices[0]?.finish_reason,
    };
  }
  const body = {
    model: "m",
    max_tokens: 4000,
    system: prompt.system,
    messages: [{ role: "user" as const, content: prompt.user }],
  };
  const message = stream
    ? await fixture.anthropic.messages.stream(body, { headers }).finalMessage()
    : await fixture.anthropic.messages.create(body, { headers });
  const text = message.content.map((block) => (block.type === "text" ? block.text : "")).join("");
  return { text, finish: message.stop_reason };
}

const started: MockFixture[] = [];
async function mockWith(
  options: StartMockLlmOptions = {},
  client: { timeout?: number; maxRetries?: number } = {},
) {
  const fixture = await startMock(options, client);
  started.push(fixture);
  return fixture;
}
afterEach(async () => {
  await Promise.all(started.splice(0).map((fixture) => fixture.mock.close()));
});

const fault = (name: string) => ({ "x-mock-fault": name });

describe("faults map to each SDK's error classes", () => {
  it("rate_limit: 429 RateLimitError with Retry-After and retry-after-ms", async () => {
    const fixture = await mockWith();
    const openAiError = await complete(fixture, "openai", fault("rate_limit")).catch(
      (error: unknown) => error,
    );
    expect(openAiError).toBeInstanceOf(OpenAI.RateLimitError);
    if (!(openAiError instanceof OpenAI.RateLimitError)) return;
    expect(openAiError.status).toBe(429);
    expect(openAiError.headers.get("retry-after")).toBe("1");
    expect(openAiError.headers.get("retry-after-ms")).toBe("1000");
    expect(openAiError.code).toBe("rate_limit_exceeded");

    const anthropicError = await complete(fixture, "anthropic", fault("rate_limit")).catch(
      (error: unknown) => error,
    );
    expect(anthropicError).toBeInstanceOf(Anthropic.RateLimitError);
    if (!(anthropicError instanceof Anthropic.RateLimitError)) return;
    expect(anthropicError.headers.get("retry-after")).toBe("1");
    expect(anthropicError.headers.get("retry-after-ms")).toBe("1000");
    expect(anthropicError.type).toBe("rate_limit_error");
  });

  it("server_error: 500 InternalServerError", async () => {
    const fixture = await mockWith();
    const openAiError = await complete(fixture, "openai", fault("server_error")).catch(
      (error: unknown) => error,
    );
    expect(openAiError).toBeInstanceOf(OpenAI.InternalServerError);
    expect(openAiError).toMatchObject({ status: 500, type: "server_error" });
    const anthropicError = await complete(fixture, "anthropic", fault("server_error")).catch(
      (error: unknown) => error,
    );
    expect(anthropicError).toBeInstanceOf(Anthropic.InternalServerError);
    expect(anthropicError).toMatchObject({ status: 500, type: "api_error" });
  });

  it("overloaded: 503 for OpenAI, 529 overloaded_error for Anthropic", async () => {
    const fixture = await mockWith();
    const openAiError = await complete(fixture, "openai", fault("overloaded")).catch(
      (error: unknown) => error,
    );
    expect(openAiError).toBeInstanceOf(OpenAI.InternalServerError);
    expect(openAiError).toMatchObject({ status: 503 });
    const anthropicError = await complete(fixture, "anthropic", fault("overloaded")).catch(
      (error: unknown) => error,
    );
    expect(anthropicError).toBeInstanceOf(Anthropic.InternalServerError);
    expect(anthropicError).toMatchObject({ status: 529, type: "overloaded_error" });
  });

  it("timeout: never answers, the SDK times out, the server lets the connection go", async () => {
    const fixture = await mockWith({}, { timeout: 300 });
    const startedAt = performance.now();
    const openAiError = await complete(fixture, "openai", fault("timeout")).catch(
      (error: unknown) => error,
    );
    expect(openAiError).toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(290);
    const anthropicError = await complete(fixture, "anthropic", fault("timeout"), true).catch(
      (error: unknown) => error,
    );
    expect(anthropicError).toBeInstanceOf(Anthropic.APIConnectionTimeoutError);
    await expect.poll(() => fixture.log.length).toBe(2);
    expect(fixture.log.map((entry) => entry.status)).toEqual([0, 0]);
  });

  for (const vendor of ["openai", "anthropic"] as const) {
    for (const stream of [false, true]) {
      const mode = `${vendor}${stream ? ", streaming" : ""}`;

      it(`truncate: half the answer with a length stop (${mode})`, async () => {
        const fixture = await mockWith();
        for (const prompt of [prompts.translation, prompts.summary]) {
          const whole = await complete(fixture, vendor, {}, stream, prompt);
          const cut = await complete(fixture, vendor, fault("truncate"), stream, prompt);
          expect(cut.finish).toBe(vendor === "openai" ? "length" : "max_tokens");
          expect(whole.text.startsWith(cut.text)).toBe(true);
          expect(Array.from(cut.text).length).toBe(Math.floor(Array.from(whole.text).length / 2));
          expect(cut.text).not.toContain("[[end]]");
        }
      });

      it(`malformed: prose that ignores the segment format (${mode})`, async () => {
        const fixture = await mockWith();
        const translation = await complete(fixture, vendor, fault("malformed"), stream);
        expect(translation.finish).toBe(vendor === "openai" ? "stop" : "end_turn");
        expect(translation.text).not.toMatch(/\[\[/);
        expect(translation.text).toContain("⟦1⟧");
        expect(() => parseTranslationAnswer(translation.text)).toThrow();

        const summary = await complete(
          fixture,
          vendor,
          fault("malformed"),
          stream,
          prompts.summary,
        );
        expect(summary.finish).toBe(vendor === "openai" ? "stop" : "end_turn");
        expect(summary.text).not.toMatch(/\[\[|^- /m);
        expect(summary.text).toContain("summary");
        expect(() => parseSummaryAnswer(summary.text)).toThrow();
      });
    }
  }
});

describe("fault scheduling", () => {
  it("fails only the first N requests, so a retrying client gets 429 then success", async () => {
    const fixture = await mockWith({}, { maxRetries: 2 });
    const headers = { ...fault("rate_limit"), "x-mock-fault-first-n": "1" };
    const answer = await complete(fixture, "openai", headers);
    expect(parseTranslationAnswer(answer.text).endsWithEnd).toBe(true);
    const stats = getMockLlmStats(fixture.mock.server);
    expect(stats.completions).toBe(2);
    expect(stats.faults.rate_limit).toBe(1);
    expect(fixture.log.map((entry) => entry.status)).toEqual([429, 200]);
  }, 10_000);

  it("takes the fault and first-N from the server options; reset counts afresh", async () => {
    const fixture = await mockWith({ fault: "server_error", faultFirstN: 2 });
    const results: string[] = [];
    const attempt = async () => {
      const outcome = await complete(fixture, "anthropic").then(
        () => "ok",
        (error: unknown) => (error instanceof Anthropic.InternalServerError ? "500" : "other"),
      );
      results.push(outcome);
    };
    for (let index = 0; index < 3; index += 1) await attempt();
    const reset = await fetch(`${fixture.mock.url}/__mock/reset`, { method: "POST" });
    expect(reset.status).toBe(200);
    await attempt();
    expect(results).toEqual(["500", "500", "ok", "500"]);
  });

  it("lets a request header switch the server's fault off", async () => {
    const fixture = await mockWith({ fault: "rate_limit" });
    await expect(complete(fixture, "openai")).rejects.toBeInstanceOf(OpenAI.RateLimitError);
    const answer = await complete(fixture, "openai", fault("none"));
    expect(parseTranslationAnswer(answer.text).endsWithEnd).toBe(true);
  });

  it("draws faults at a seeded rate, the same for the same seed", async () => {
    const pattern = async (seed: number) => {
      const fixture = await mockWith({ fault: "overloaded", faultRate: 0.5, seed });
      const outcomes: boolean[] = [];
      for (let index = 0; index < 24; index += 1) {
        outcomes.push(
          await complete(fixture, "openai").then(
            () => true,
            () => false,
          ),
        );
      }
      return outcomes;
    };
    const first = await pattern(42);
    expect(await pattern(42)).toEqual(first);
    const failures = first.filter((ok) => !ok).length;
    expect(failures).toBeGreaterThan(4);
    expect(failures).toBeLessThan(20);
    expect(await pattern(7)).not.toEqual(first);
  });

  it("rejects an unknown fault header with a 400 in the vendor's shape", async () => {
    const fixture = await mockWith();
    const openAiError = await complete(fixture, "openai", fault("explode")).catch(
      (error: unknown) => error,
    );
    expect(openAiError).toBeInstanceOf(OpenAI.BadRequestError);
    expect(String(openAiError)).toContain("x-mock-fault");
    const anthropicError = await complete(fixture, "anthropic", { "x-mock-ttft-ms": "-5" }).catch(
      (error: unknown) => error,
    );
    expect(anthropicError).toBeInstanceOf(Anthropic.BadRequestError);
  });
});
