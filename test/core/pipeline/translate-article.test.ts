import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { parseArticle } from "../../../src/core/article/parse-article";
import { detectLanguage } from "../../../src/core/detection/detect-language";
import { targetLanguages } from "../../../src/core/languages/languages";
import type { LanguageModel } from "../../../src/core/model/language-model";
import { ModelError } from "../../../src/core/model/model-error";
import { InFlightRequests } from "../../../src/core/pipeline/in-flight-requests";
import {
  type TranslationDependencies,
  type TranslationRequest,
  translateArticle,
} from "../../../src/core/pipeline/translate-article";
import { qaCheckNameSchema } from "../../../src/core/quality/qa-report";
import { runQualityChecks } from "../../../src/core/quality/run-quality-checks";
import {
  answerInFormat,
  FakeLanguageModel,
  fakeTranslation,
  isSummaryCall,
} from "../../support/fake-language-model";
import { MemoryCache } from "../../support/memory-cache";

const read = (name: string) =>
  readFileSync(new URL(`../../../prompts/${name}`, import.meta.url), "utf8");
const prompts = {
  translateSystem: read("translate-system.md"),
  translateUser: read("translate-user.md"),
  summarySystem: read("summary-system.md"),
  summaryUser: read("summary-user.md"),
};
const longParagraph = (topic: string) =>
  `${topic} : le Kazakhstan et l’Union européenne ont signé des accords qui renforcent leurs échanges, avec des investissements dans l’énergie, les transports et les matières premières, selon les responsables présents à Astana.`;
const markdown = [
  "# Titre",
  "",
  "Premier paragraphe avec un [lien](https://example.org).",
  "",
  "- un point",
  "- deux points",
  "",
  longParagraph("Énergie"),
  "",
  longParagraph("Transports"),
].join("\n");
const [english, kazakh, russian] = targetLanguages as [
  (typeof targetLanguages)[0],
  (typeof targetLanguages)[0],
  (typeof targetLanguages)[0],
];

function setup(models: LanguageModel[], overrides: Partial<TranslationDependencies> = {}) {
  const cache = new MemoryCache();
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
    repairBlockingIssues: false,
    checkQuality: () => ({ passed: true, checks: [], issues: [] }),
    qualityChecks: qaCheckNameSchema.options,
    runInBackground: (promise) => background.push(promise),
    now: () => new Date("2026-01-01T00:00:00Z"),
    ...overrides,
  };
  const request: TranslationRequest = {
    document: parseArticle({ title: "Le titre", body: markdown, format: "markdown" }),
    languages: targetLanguages,
    summaryBullets: 3,
    bypassCache: false,
    glossary: [],
  };
  const flush = () => Promise.all(background);
  return { dependencies, request, cache, flush };
}

describe("translateArticle", () => {
  it("translates every language and summarises in one extra call, keeping the markup, then serves from cache", async () => {
    const model = new FakeLanguageModel();
    const { dependencies, request, cache, flush } = setup([model]);
    const first = await translateArticle(dependencies, request);
    await flush();
    expect(first.cache).toBe("miss");
    expect(model.requests.filter(isSummaryCall)).toHaveLength(1);
    const result = first.results.get("kk");
    expect(result?.title).toBe(fakeTranslation("Le titre", "kk"));
    const kazakh = (text: string) => fakeTranslation(text, "kk");
    expect(result?.body.split("\n\n").slice(0, 3).join("\n\n")).toBe(
      `# ${kazakh("Titre")}\n\n${kazakh("Premier paragraphe avec un [lien](⟦1⟧).").replace("⟦1⟧", "https://example.org")}\n\n- ${kazakh("un point")}\n- ${kazakh("deux points")}`,
    );
    expect(result?.summary).toEqual(["kk point 1", "kk point 2", "kk point 3"]);
    expect(first.segments).toEqual({ hit: 0, missed: 21 });
    expect(cache.keysStartingWith("article:")).toHaveLength(3);
    expect(cache.keysStartingWith("segment:")).toHaveLength(21);
    expect(cache.keysStartingWith("note:")).toHaveLength(2);

    const calls = model.requests.length;
    const second = await translateArticle(dependencies, request);
    expect(second.cache).toBe("hit");
    expect(second.usage.calls).toBe(0);
    expect(model.requests).toHaveLength(calls);
    expect(second.id).toBe(first.id);
    expect(second.results.get("ru")?.body).toBe(first.results.get("ru")?.body);
  });

  it("re-translates only an edited paragraph, and summarises from the cached notes", async () => {
    const model = new FakeLanguageModel();
    const { dependencies, request, flush } = setup([model]);
    await translateArticle(dependencies, request);
    await flush();
    const before = model.requests.length;
    const edited = markdown.replace(longParagraph("Transports"), longParagraph("Chemins de fer"));
    const outcome = await translateArticle(dependencies, {
      ...request,
      document: parseArticle({ title: "Le titre", body: edited, format: "markdown" }),
    });
    const calls = model.requests.slice(before);
    expect(outcome.cache).toBe("partial");
    expect(outcome.segments).toEqual({ hit: 18, missed: 3 });
    const translationUsers = calls
      .filter((call) => !isSummaryCall(call))
      .map((call) => call.messages.at(-1)?.content ?? "");
    const sentLines = translationUsers.flatMap((user) =>
      user.split("\n").filter((line) => line.startsWith("[[")),
    );
    expect(sentLines).toEqual([expect.stringMatching(/^\[\[6\]\] /)]);
    expect(translationUsers).toHaveLength(1); // one call writes the paragraph in every language
    expect(translationUsers[0]).toMatch(/^Languages: en, kk, ru\n/);
    const summaryPrompt = calls.find(isSummaryCall)?.messages.at(-1)?.content ?? "";
    expect(summaryPrompt).toContain("Notes: 6");
    expect(summaryPrompt).toContain("[[5 en]] note 5");
    expect(summaryPrompt).toContain("Chemins de fer");
    expect(outcome.results.get("en")?.body).toContain(
      fakeTranslation(longParagraph("Chemins de fer"), "en", []), // the request has no glossary
    );
  });

  it("spreads a long article over all six connections, each call in every language, summary last", async () => {
    const model = new FakeLanguageModel();
    const body = Array.from({ length: 40 }, (_value, index) =>
      longParagraph(`Partie ${index}`),
    ).join("\n\n");
    const { dependencies, request } = setup([model]);
    await translateArticle(dependencies, {
      ...request,
      document: parseArticle({ title: "Long", body, format: "text" }),
    });
    const translationCalls = model.requests.filter((call) => !isSummaryCall(call));
    expect(translationCalls).toHaveLength(6);
    const lastCall = model.requests.at(-1);
    expect(lastCall && isSummaryCall(lastCall)).toBe(true);
    const users = translationCalls.map((call) => call.messages.at(-1)?.content ?? "");
    expect(users.every((user) => user.startsWith("Languages: en, kk, ru"))).toBe(true);
    const segmentLines = users.flatMap((user) =>
      user.split("\n").filter((line) => line.startsWith("[[")),
    );
    expect(segmentLines.length).toBeLessThanOrEqual(41 + 5);
    const headlineOnly = users.filter((user) => user.includes("Headline, for context only: Long"));
    expect(headlineOnly.length).toBe(5);
  });

  it("retries a rate-limited call and a malformed answer", async () => {
    const model: FakeLanguageModel = new FakeLanguageModel("fake", "fake-1", (request, call) => {
      if (call === 1)
        return new ModelError("slow down", {
          kind: "rate_limited",
          provider: "fake",
          modelId: "fake-1",
          retryAfterMs: 5,
        });
      if (call === 2) return model.answer("Je ne peux pas.");
      return model.answer(answerInFormat(request));
    });
    const { dependencies, request } = setup([model]);
    const outcome = await translateArticle(dependencies, {
      ...request,
      languages: [english],
      summaryBullets: 0,
    });
    expect(outcome.results.get("en")?.title).toBe(fakeTranslation("Le titre", "en"));
    expect(outcome.usage.calls).toBe(3);
  });

  it("falls back to the next provider and serves its cached work later", async () => {
    const failing = new FakeLanguageModel(
      "first",
      "a",
      () =>
        new ModelError("down", {
          kind: "overloaded",
          provider: "first",
          modelId: "a",
          status: 503,
        }),
    );
    const backup = new FakeLanguageModel("second", "b");
    const { dependencies, request, flush } = setup([failing, backup]);
    const outcome = await translateArticle(dependencies, request);
    await flush();
    expect(outcome.results.get("en")?.provider).toBe("second");
    expect(failing.requests.length).toBe(backup.requests.length * 3);
    const again = await translateArticle(dependencies, request);
    expect(again.cache).toBe("hit");
  });

  it("caches nothing when every provider fails", async () => {
    const failing = new FakeLanguageModel(
      "first",
      "a",
      () => new ModelError("down", { kind: "overloaded", provider: "first", modelId: "a" }),
    );
    const { dependencies, request, cache, flush } = setup([failing]);
    await expect(translateArticle(dependencies, request)).rejects.toMatchObject({
      kind: "overloaded",
    });
    await flush();
    expect(cache.entries.size).toBe(0);
  });

  it("splits a call whose answer was cut off, and never caches the cut-off answer", async () => {
    const model: FakeLanguageModel = new FakeLanguageModel("fake", "fake-1", (request) => {
      const answer = answerInFormat(request);
      const units = (answer.match(/^\[\[(\d+|title)\]\]/gm) ?? []).length;
      return units > 2 && !isSummaryCall(request)
        ? model.answer(answer.slice(0, 20), "length")
        : model.answer(answer);
    });
    const { dependencies, request, cache, flush } = setup([model]);
    const outcome = await translateArticle(dependencies, { ...request, languages: [russian] });
    await flush();
    expect(outcome.results.get("ru")?.body).toContain(`- ${fakeTranslation("deux points", "ru")}`);
    const stored = cache
      .keysStartingWith("segment:")
      .map((key) => cache.entries.get(key) as { text: string });
    expect(stored).toHaveLength(7);
    expect(stored.every((entry) => entry.text.startsWith("[RUS] "))).toBe(true);
  });

  it("fails clearly when a single segment cannot fit the output limit", async () => {
    const model: FakeLanguageModel = new FakeLanguageModel("fake", "fake-1", (request) =>
      isSummaryCall(request)
        ? model.answer(answerInFormat(request))
        : model.answer("[[title]] x", "length"),
    );
    const { dependencies, request, cache, flush } = setup([model]);
    await expect(
      translateArticle(dependencies, { ...request, languages: [kazakh] }),
    ).rejects.toMatchObject({ kind: "truncated" });
    await flush();
    expect(cache.keysStartingWith("article:")).toHaveLength(0);
    expect(cache.keysStartingWith("segment:")).toHaveLength(0);
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
    expect(model.requests.length).toBe(first.usage.calls);
    expect(inFlight.size).toBe(0);
  });

  it("keeps a generation running in the background, so it outlives the request that started it", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const answering = new FakeLanguageModel();
    const held: LanguageModel = {
      provider: answering.provider,
      modelId: answering.modelId,
      generate: async (request) => {
        await gate;
        return answering.generate(request);
      },
    };
    const kept: Promise<unknown>[] = [];
    const { dependencies, request } = setup([held], {
      runInBackground: (promise) => kept.push(promise),
    });
    const streamed = translateArticle(dependencies, {
      ...request,
      progress: { segment: () => {}, summary: () => {}, language: () => {} },
    });
    // While every model call waits, nothing is cached yet: the one promise kept is the generation.
    await vi.waitFor(() => expect(kept).toHaveLength(1));
    let settled = false;
    kept[0]?.then(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settled).toBe(false);
    release();
    const outcome = await streamed;
    await expect(kept[0]).resolves.toBeUndefined();
    expect(outcome.results.size).toBe(request.languages.length);
  });

  it("checks each result, repairs a changed amount once, and never caches a failing segment as clean", async () => {
    const good = "Еуропалық одақ 2022 жылы Қазақстан экономикасына 54 млрд еуро инвестиция салды.";
    const bad = "Еуропалық одақ 2022 жылы Қазақстан экономикасына 54 млн еуро инвестиция салды.";
    const model: FakeLanguageModel = new FakeLanguageModel("fake", "fake-1", (request) => {
      const user = request.messages.at(-1)?.content ?? "";
      return model.answer(`[[1]] ${user.includes("Corrections:") ? good : bad}\n[[end]]`);
    });
    const { dependencies, request, cache, flush } = setup([model], {
      repairBlockingIssues: true,
      checkQuality: (input) => runQualityChecks({ ...input, detectLanguage }),
    });
    const document = parseArticle({
      body: "L’Union européenne a injecté 54 milliards d’euros dans l’économie du Kazakhstan en 2022.",
      format: "text",
    });
    const outcome = await translateArticle(dependencies, {
      ...request,
      document,
      languages: [kazakh],
      summaryBullets: 0,
    });
    await flush();
    const result = outcome.results.get("kk");
    expect(result?.body).toBe(good);
    expect(result?.qa.passed).toBe(true);
    expect(model.requests).toHaveLength(2);
    expect(model.requests[1]?.messages.at(-1)?.content).toMatch(/Corrections:[\s\S]*\[\[1\]\].*54/);
    expect(cache.keysStartingWith("segment:")).toHaveLength(1);
    expect(cache.keysStartingWith("article:")).toHaveLength(1);

    const stubborn: FakeLanguageModel = new FakeLanguageModel("fake", "fake-2", () =>
      stubborn.answer(`[[1]] ${bad}\n[[end]]`),
    );
    const second = setup([stubborn], {
      repairBlockingIssues: true,
      checkQuality: (input) => runQualityChecks({ ...input, detectLanguage }),
    });
    const failing = await translateArticle(second.dependencies, {
      ...request,
      document,
      languages: [kazakh],
      summaryBullets: 0,
    });
    await second.flush();
    expect(failing.results.get("kk")?.qa.passed).toBe(false);
    expect(failing.results.get("kk")?.qa.issues[0]).toMatchObject({
      check: "numbers",
      severity: "blocking",
      segment: 0,
    });
    const stored = second.cache
      .keysStartingWith("segment:")
      .map((key) => second.cache.entries.get(key));
    expect(stored).toEqual([expect.objectContaining({ text: bad, qa_blocked: true })]);
  });
});
