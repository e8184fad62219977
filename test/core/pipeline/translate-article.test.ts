import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/core/article/parse-article";
import type { CachedTranslation } from "../../../src/core/cache/cached-translation";
import { targetLanguages } from "../../../src/core/languages/languages";
import type { LanguageModel } from "../../../src/core/model/language-model";
import { ModelError } from "../../../src/core/model/model-error";
import {
  type TranslationDependencies,
  translateArticle,
} from "../../../src/core/pipeline/translate-article";
import { InFlightRequests } from "../../../src/core/pipeline/in-flight-requests";
import { answerInFormat, FakeLanguageModel } from "../../support/fake-language-model";
import { MemoryCache } from "../../support/memory-cache";

const read = (name: string) => readFileSync(new URL(`../../../prompts/${name}`, import.meta.url), "utf8");
const prompts = {
  translateSystem: read("translate-system.md"),
  translateUser: read("translate-user.md"),
  summaryFormat: read("summary-format.md"),
};
const markdown = "# Titre\n\nPremier paragraphe avec un [lien](https://example.org).\n\n- un point\n- deux points";

function setup(models: LanguageModel[], overrides: Partial<TranslationDependencies> = {}) {
  const cache = new MemoryCache<CachedTranslation>();
  const background: Promise<unknown>[] = [];
  const dependencies: TranslationDependencies = {
    models,
    cache,
    prompts,
    promptVersion: "test",
    retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 1000, sleep: async () => {} },
    timeoutMs: 1000,
    maxOutputTokens: 16000,
    maxSourceCharactersPerCall: 12000,
    concurrency: 6,
    cacheTtlSeconds: 60,
    runInBackground: (promise) => background.push(promise),
    now: () => new Date("2026-01-01T00:00:00Z"),
    ...overrides,
  };
  const request = {
    document: parseArticle({ title: "Le titre", body: markdown, format: "markdown" as const }),
    languages: targetLanguages,
    summaryBullets: 3,
    bypassCache: false,
    glossary: [],
  };
  const flush = () => Promise.all(background);
  return { dependencies, request, cache, flush };
}

describe("translateArticle", () => {
  it("translates every language in one call each, keeps the markup, then serves from cache", async () => {
    const model: FakeLanguageModel = new FakeLanguageModel();
    const { dependencies, request, cache, flush } = setup([model]);
    const first = await translateArticle(dependencies, request);
    await flush();
    expect(first.cache).toBe("miss");
    expect(first.usage.calls).toBe(3);
    const kazakh = first.results.get("kk");
    expect(kazakh?.title).toBe("kk: Le titre");
    expect(kazakh?.body).toBe(
      "# kk: Titre\n\nkk: Premier paragraphe avec un [lien](https://example.org).\n\n- kk: un point\n- kk: deux points",
    );
    expect(kazakh?.summary).toEqual(["kk point 1", "kk point 2", "kk point 3"]);
    expect(cache.entries.size).toBe(3);

    const second = await translateArticle(dependencies, request);
    expect(second.cache).toBe("hit");
    expect(second.usage.calls).toBe(0);
    expect(model.requests).toHaveLength(3);
    expect(second.id).toBe(first.id);
    expect(second.results.get("ru")).toMatchObject({ ...first.results.get("ru"), cache: "hit" });
  });

  it("retries a rate-limited call and a malformed answer", async () => {
    const model: FakeLanguageModel = new FakeLanguageModel("fake", "fake-1", (request, call) => {
      if (call === 1) return new ModelError("slow down", { kind: "rate_limited", provider: "fake", modelId: "fake-1", retryAfterMs: 5 });
      if (call === 2) return model.answer("Je ne peux pas.");
      return model.answer(answerInFormat(request));
    });
    const { dependencies, request } = setup([model]);
    const outcome = await translateArticle(dependencies, { ...request, languages: [targetLanguages[0]!] });
    expect(outcome.results.get("en")?.title).toBe("en: Le titre");
    expect(outcome.usage.calls).toBe(3);
  });

  it("falls back to the next provider and caches under the provider that answered", async () => {
    const failing = new FakeLanguageModel("first", "a", () => new ModelError("down", { kind: "overloaded", provider: "first", modelId: "a", status: 503 }));
    const backup = new FakeLanguageModel("second", "b");
    const { dependencies, request, cache, flush } = setup([failing, backup]);
    const outcome = await translateArticle(dependencies, request);
    await flush();
    expect(outcome.results.get("en")?.provider).toBe("second");
    expect(failing.requests).toHaveLength(9);
    expect(cache.entries.size).toBe(3);
    const again = await translateArticle(dependencies, request);
    expect(again.cache).toBe("hit");
  });

  it("caches nothing when every provider fails", async () => {
    const failing = new FakeLanguageModel("first", "a", () => new ModelError("down", { kind: "overloaded", provider: "first", modelId: "a" }));
    const { dependencies, request, cache, flush } = setup([failing]);
    await expect(translateArticle(dependencies, request)).rejects.toMatchObject({ kind: "overloaded" });
    await flush();
    expect(cache.entries.size).toBe(0);
  });

  it("splits a call whose answer was cut off, and never caches the cut-off answer", async () => {
    const model: FakeLanguageModel = new FakeLanguageModel("fake", "fake-1", (request) => {
      const answer = answerInFormat(request);
      const units = (answer.match(/^\[\[\d+|^\[\[title/gm) ?? []).length;
      return units > 2 || answer.includes("[[summary]]") && units > 0 ? model.answer(answer.slice(0, 20), "length") : model.answer(answer);
    });
    const { dependencies, request, cache, flush } = setup([model]);
    const outcome = await translateArticle(dependencies, { ...request, languages: [targetLanguages[2]!] });
    await flush();
    expect(outcome.results.get("ru")?.body).toContain("- ru: deux points");
    expect(outcome.results.get("ru")?.summary).toHaveLength(3);
    expect([...cache.entries.values()][0]?.body).toBe(outcome.results.get("ru")?.body);
  });

  it("fails clearly when a single segment cannot fit the output limit", async () => {
    const model: FakeLanguageModel = new FakeLanguageModel("fake", "fake-1", (request) => model.answer(answerInFormat(request).slice(0, 10), "length"));
    const { dependencies, request, cache, flush } = setup([model]);
    await expect(translateArticle(dependencies, request)).rejects.toMatchObject({ kind: "truncated" });
    await flush();
    expect(cache.entries.size).toBe(0);
  });

  it("shares one generation between identical concurrent requests", async () => {
    const model = new FakeLanguageModel();
    const inFlight = new InFlightRequests<Awaited<ReturnType<typeof translateArticle>>>();
    const { dependencies, request } = setup([model], { inFlight });
    const [first, second] = await Promise.all([
      translateArticle(dependencies, request),
      translateArticle(dependencies, request),
    ]);
    expect(second).toBe(first);
    expect(model.requests).toHaveLength(3);
    expect(inFlight.size).toBe(0);
  });
});
