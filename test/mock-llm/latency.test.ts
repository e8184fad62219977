import { afterEach, describe, expect, it } from "vitest";
import type { StartMockLlmOptions } from "../../mock-llm/start-mock-llm-server";
import { sampleSegments } from "./support/sample-segments";
import { type MockFixture, startMock } from "./support/start-mock";
import { translationPrompt } from "./support/translation-prompt";

const prompt = translationPrompt({ code: "ru", segments: sampleSegments });
const messages = [
  { role: "system" as const, content: prompt.system },
  { role: "user" as const, content: prompt.user },
];

const started: MockFixture[] = [];
async function mockWith(options: StartMockLlmOptions = {}) {
  const fixture = await startMock(options);
  started.push(fixture);
  return fixture;
}
afterEach(async () => {
  await Promise.all(started.splice(0).map((fixture) => fixture.mock.close()));
});

/** Times to each content delta of a streamed OpenAI completion, from the request. */
async function streamTimings(
  fixture: MockFixture,
  headers: Record<string, string>,
  maxTokens?: number,
) {
  const startedAt = performance.now();
  const stream = await fixture.openai.chat.completions.create(
    {
      model: "m",
      messages,
      stream: true,
      stream_options: { include_usage: true },
      max_tokens: maxTokens,
    },
    { headers },
  );
  const deltaTimes: number[] = [];
  let outputTokens = 0;
  for await (const chunk of stream) {
    if (chunk.choices[0]?.delta.content) deltaTimes.push(performance.now() - startedAt);
    outputTokens = chunk.usage?.completion_tokens ?? outputTokens;
  }
  return { deltaTimes, outputTokens, totalMs: performance.now() - startedAt };
}

describe("latency", () => {
  it("answers instantly by default", async () => {
    const fixture = await mockWith();
    const { totalMs } = await streamTimings(fixture, {});
    // Far below any delay the tests below configure: no waiting was added.
    expect(totalMs).toBeLessThan(1500);
  });

  it("waits the time to first token from the header, streaming or not", async () => {
    const fixture = await mockWith();
    const { deltaTimes } = await streamTimings(fixture, { "x-mock-ttft-ms": "250" });
    expect(deltaTimes[0]).toBeGreaterThanOrEqual(240);

    const startedAt = performance.now();
    await fixture.anthropic.messages.create(
      { model: "m", max_tokens: 1000, messages: [{ role: "user", content: "hi" }] },
      { headers: { "x-mock-ttft-ms": "250" } },
    );
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(240);
  });

  it("paces the stream at tokens per second, from the server options", async () => {
    const fixture = await mockWith({ tokensPerSecond: 200, ttftMs: 50 });
    const { deltaTimes, outputTokens } = await streamTimings(fixture, {}, 60);
    expect(outputTokens).toBeGreaterThan(50);
    const first = deltaTimes[0] ?? 0;
    const last = deltaTimes.at(-1) ?? 0;
    expect(first).toBeGreaterThanOrEqual(45);
    // ~60 tokens at 200 tokens/s: about 300 ms between the first and the last delta.
    expect(last - first).toBeGreaterThanOrEqual((outputTokens / 200) * 1000 * 0.8);
    expect(last - first).toBeLessThan(2000);
  });

  it("lets a header override the server's speed, and delays a whole answer accordingly", async () => {
    const fixture = await mockWith({ tokensPerSecond: 1 });
    const startedAt = performance.now();
    const completion = await fixture.openai.chat.completions.create(
      { model: "m", messages, max_tokens: 40 },
      { headers: { "x-mock-tokens-per-second": "100" } },
    );
    const elapsed = performance.now() - startedAt;
    const tokens = completion.usage?.completion_tokens ?? 0;
    expect(elapsed).toBeGreaterThanOrEqual((tokens / 100) * 1000 * 0.9);
    // At the server's 1 token a second, the answer would take `tokens` seconds.
    expect(elapsed).toBeLessThan((tokens / 2) * 1000);
  });

  it("stops a paced stream when the client leaves", async () => {
    const fixture = await mockWith({ tokensPerSecond: 50 });
    const stream = await fixture.openai.chat.completions.create({
      model: "m",
      messages,
      stream: true,
    });
    let chunks = 0;
    for await (const _chunk of stream) {
      chunks += 1;
      if (chunks === 3) break;
    }
    await expect.poll(() => fixture.log.length).toBe(1);
    expect(fixture.log[0]?.status).toBe(200);
    expect(fixture.log[0]?.durationMs).toBeLessThan(1000);
  });
});
