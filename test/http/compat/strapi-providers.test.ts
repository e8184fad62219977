import deepLProvider from "strapi-provider-translate-deepl";
import libreTranslateProvider from "strapi-provider-translate-libretranslate";
import { beforeAll, describe, expect, it } from "vitest";
import {
  expectedTranslation,
  type OpenAiCall,
  recordingOpenAi,
} from "../../support/compat/recording-openai";
import {
  type CompatVariables,
  type SeenRequest,
  serveWorker,
  workerUrl,
} from "../../support/compat/serve-worker";
import { installStrapiStandIn } from "../../support/compat/strapi-stand-in";
import { setupMockNetwork } from "../../support/mock-network";

/**
 * The Strapi translate providers, unchanged and without Strapi: a small stand-in for the
 * global `strapi` gives them the plugin's `chunks` service. Their HTTP clients (deepl-node,
 * axios) run inside workerd and msw hands their requests to the worker.
 */
const network = setupMockNetwork();
const key = "strapi-test-key";
const variables: CompatVariables = { OPENAI_API_KEY: "sk-test-openai", API_KEYS: key };

beforeAll(installStrapiStandIn);

async function until(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 100 && !condition(); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("strapi-provider-translate-deepl", () => {
  it("translates plain texts and HTML (sent with tag_handling=html), and reports usage", async () => {
    const calls: OpenAiCall[] = [];
    const seen: SeenRequest[] = [];
    network.use(serveWorker(variables, seen), recordingOpenAi(calls));
    const provider = deepLProvider.init({
      apiKey: key,
      apiUrl: workerUrl,
      localeMap: { KK: "KK" },
    });
    const texts = ["Le titre de l'article.", "Le corps de l'article."];
    const plain = await provider.translate({
      text: texts,
      sourceLocale: "fr",
      targetLocale: "kk",
      format: "plain",
    });
    expect(plain).toEqual(texts.map((text) => expectedTranslation(text, "kk")));
    expect(calls).toHaveLength(1);
    const html = await provider.translate({
      text: "<p>Un <strong>texte</strong> riche.</p>",
      sourceLocale: "fr",
      targetLocale: "ru",
      format: "html",
    });
    expect(html[0]).toMatch(/^<p>\[RUS\] .*<strong>[^<]+<\/strong>.*<\/p>$/);
    const sent = seen
      .filter((request) => request.path === "/v2/translate")
      .map((request) => new URLSearchParams(request.body));
    expect(
      sent.map((form) => [
        form.get("source_lang"),
        form.get("target_lang"),
        form.get("tag_handling"),
      ]),
    ).toEqual([
      ["fr", "kk", null],
      ["fr", "ru", "html"],
    ]);
    const usage = await provider.usage?.();
    expect(usage?.count).toBe(
      [...texts, "<p>Un <strong>texte</strong> riche.</p>"].join("").length,
    );
  });

  it("needs a localeMap entry for Kazakh, which DeepL itself does not know", async () => {
    network.use(serveWorker(variables));
    const provider = deepLProvider.init({ apiKey: key, apiUrl: workerUrl });
    await expect(
      provider.translate({
        text: ["Bonjour"],
        sourceLocale: "fr",
        targetLocale: "kk",
        format: "plain",
      }),
    ).rejects.toThrow("unsupported locale");
  });
});

describe("strapi-provider-translate-libretranslate", () => {
  it("reads /languages, then translates plain texts and HTML into Kazakh", async () => {
    const seen: SeenRequest[] = [];
    network.use(serveWorker(variables, seen), recordingOpenAi([]));
    const provider: StrapiTranslateProvider = libreTranslateProvider.init({
      apiUrl: workerUrl,
      apiKey: key,
    });
    await until(() => seen.some((request) => request.path === "/languages"));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const texts = ["Une première phrase.", "Une seconde phrase."];
    const plain = await provider.translate({
      text: texts,
      sourceLocale: "fr",
      targetLocale: "kk",
      format: "plain",
    });
    expect(plain).toEqual(texts.map((text) => expectedTranslation(text, "kk")));
    const html = await provider.translate({
      text: ["<p>Du <em>HTML</em>.</p>"],
      sourceLocale: "fr",
      targetLocale: "kk",
      format: "html",
    });
    expect(html[0]).toMatch(/^<p>\[KAZ\] .*<em>[^<]+<\/em>.*<\/p>$/);
    const sent = seen
      .filter((request) => request.path === "/translate")
      .map((request) => JSON.parse(request.body) as Record<string, unknown>);
    expect(sent.map((body) => [body.source, body.target, body.format, body.api_key])).toEqual([
      ["fr", "kk", "text", key],
      ["fr", "kk", "html", key],
    ]);
  });
});
