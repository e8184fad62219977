import * as deepl from "deepl-node";
import { http } from "msw";
import { describe, expect, it } from "vitest";
import {
  expectedTranslation,
  type OpenAiCall,
  recordingOpenAi,
  segmentLines,
} from "../../support/compat/recording-openai";
import {
  type CompatVariables,
  type SeenRequest,
  serveWorker,
  workerUrl,
} from "../../support/compat/serve-worker";
import { setupMockNetwork } from "../../support/mock-network";
import { openAiError, openAiUrl } from "../../support/provider-responses";

/**
 * The official DeepL client, `deepl-node` 1.28, unchanged: it runs inside workerd (axios over
 * workerd's node:http), and msw hands its requests to the real worker; the worker's calls to
 * OpenAI are answered by msw in OpenAI's real shape.
 */
const network = setupMockNetwork();
const key = "deepl-test-key";
const variables: CompatVariables = {
  OPENAI_API_KEY: "sk-test-openai",
  API_KEYS: `${key},other-key`,
};

function translator(authKey = key, options: deepl.TranslatorOptions = {}): deepl.Translator {
  return new deepl.Translator(authKey, { serverUrl: workerUrl, maxRetries: 0, ...options });
}

describe("deepl-node against /v2", () => {
  it("translates one text, form-encoded with the DeepL-Auth-Key header", async () => {
    const calls: OpenAiCall[] = [];
    const seen: SeenRequest[] = [];
    network.use(serveWorker(variables, seen), recordingOpenAi(calls));
    const result = await translator().translateText("Le Kazakhstan avance.", "fr", "en-GB");
    expect(result).toMatchObject({
      text: expectedTranslation("Le Kazakhstan avance.", "en"),
      detectedSourceLang: "fr",
      billedCharacters: 21,
    });
    expect(seen[0]).toMatchObject({
      method: "POST",
      path: "/v2/translate",
      authorization: `DeepL-Auth-Key ${key}`,
    });
    expect(seen[0]?.contentType).toContain("application/x-www-form-urlencoded");
    expect(calls).toHaveLength(1);
  });

  it("translates many texts in order with one model call per language, empty lines kept", async () => {
    const calls: OpenAiCall[] = [];
    network.use(serveWorker(variables), recordingOpenAi(calls));
    const texts = [
      "Premier texte.",
      "Deuxième texte,\nsur deux lignes.",
      "2025",
      "Troisième texte.",
    ];
    const results = await translator().translateText(texts, null, "ru");
    expect(results.map((result) => result.text)).toEqual(
      texts.map((text) => expectedTranslation(text, "ru")),
    );
    expect(results[1]?.text.split("\n")).toHaveLength(2);
    expect(results[2]?.text).toBe("2025");
    expect(results.every((result) => result.detectedSourceLang === "fr")).toBe(true);
    expect(results.map((result) => result.billedCharacters)).toEqual([14, 32, 4, 16]);
    expect(calls).toHaveLength(1);
    expect(segmentLines(calls[0] as OpenAiCall)).toHaveLength(4);
  });

  it("keeps HTML markup with tagHandling html", async () => {
    const seen: SeenRequest[] = [];
    network.use(serveWorker(variables, seen), recordingOpenAi([]));
    const html = '<p>Le <b>Kazakhstan</b> et l’<a href="https://europa.eu">Union</a>.</p>';
    const result = await translator().translateText(html, "fr", "kk", { tagHandling: "html" });
    expect(result.text).toMatch(
      /^<p>\[KAZ\] .*<b>[^<]+<\/b>.*<a href="https:\/\/europa\.eu">[^<]+<\/a>\.<\/p>$/,
    );
    expect(new URLSearchParams(seen[0]?.body).get("tag_handling")).toBe("html");
  });

  it("accepts formality for RU and prefer_* for KK, refuses more/less for KK", async () => {
    network.use(serveWorker(variables), recordingOpenAi([]));
    const russian = await translator().translateText("Vous êtes prêts ?", "fr", "ru", {
      formality: "more",
    });
    expect(russian.text).toBe(expectedTranslation("Vous êtes prêts ?", "ru"));
    const kazakh = await translator().translateText("Vous êtes prêts ?", "fr", "kk", {
      formality: "prefer_less",
    });
    expect(kazakh.text).toBe(expectedTranslation("Vous êtes prêts ?", "kk"));
    const refusal = translator().translateText("Vous êtes prêts ?", "fr", "kk", {
      formality: "less",
    });
    await expect(refusal).rejects.toThrow(deepl.DeepLError);
    await expect(refusal).rejects.toThrow("Target language doesn't support formality");
  });

  it("lists source and target languages", async () => {
    network.use(serveWorker(variables));
    const sources = await translator().getSourceLanguages();
    expect(sources).toEqual([{ code: "fr", name: "French" }]);
    const targets = await translator().getTargetLanguages();
    expect(targets.map((target) => [target.code, target.supportsFormality])).toEqual([
      ["en-GB", false],
      ["en-US", false],
      ["kk", false],
      ["kk-LATN", false],
      ["ru", true],
    ]);
  });

  it("reports usage per key, billing characters once, and raises QuotaExceededError past the limit", async () => {
    network.use(serveWorker({ ...variables, DEEPL_CHARACTER_LIMIT: "40" }), recordingOpenAi([]));
    const client = translator("other-key");
    const firstKeyBefore = (await translator().getUsage()).character?.count;
    await client.translateText(["Vingt-cinq caractères ici", "court"], "fr", "en-US");
    const usage = await client.getUsage();
    expect(usage.character).toMatchObject({ count: 30, limit: 40 });
    expect(usage.anyLimitReached()).toBe(false);
    await expect(client.translateText("Encore onze caractères", "fr", "en-US")).rejects.toThrow(
      deepl.QuotaExceededError,
    );
    expect((await client.getUsage()).character?.count).toBe(30);
    expect((await translator().getUsage()).character?.count).toBe(firstKeyBefore);
  });

  it("raises AuthorizationError for a wrong key", async () => {
    network.use(serveWorker(variables));
    await expect(translator("wrong-key").getUsage()).rejects.toThrow(deepl.AuthorizationError);
    await expect(translator("wrong-key").translateText("Bonjour", "fr", "ru")).rejects.toThrow(
      deepl.AuthorizationError,
    );
  });

  it("raises TooManyRequestsError when the model provider keeps rate limiting", async () => {
    network.use(
      serveWorker({ ...variables, LLM_MAX_RETRIES: "0" }),
      http.post(openAiUrl, () =>
        openAiError(429, "rate_limit_exceeded", { "retry-after-ms": "1" }),
      ),
    );
    const attempt = translator().translateText("Une phrase limitée.", "fr", "ru");
    await expect(attempt).rejects.toThrow(deepl.TooManyRequestsError);
  });

  it("raises DeepLError with DeepL's message for an unsupported target", async () => {
    network.use(serveWorker(variables));
    await expect(translator().translateText("Bonjour", "fr", "de")).rejects.toThrow(
      "Bad request, message: Value for 'target_lang' not supported.",
    );
  });

  it("serves a retry sent while the first request is still running from that run: one model call, billed once", async () => {
    const calls: OpenAiCall[] = [];
    const seen: SeenRequest[] = [];
    network.use(serveWorker(variables, seen), recordingOpenAi(calls, { delayMs: 600 }));
    const client = translator("other-key");
    const before = (await client.getUsage()).character?.count ?? 0;
    const first = client.translateText("Un texte lent à traduire.", "fr", "kk");
    await new Promise((resolve) => setTimeout(resolve, 200));
    const retry = client.translateText("Un texte lent à traduire.", "fr", "kk");
    const results = await Promise.all([first, retry]);
    const expected = expectedTranslation("Un texte lent à traduire.", "kk");
    expect(results.map((result) => result.text)).toEqual([expected, expected]);
    expect(seen.filter((request) => request.path === "/v2/translate")).toHaveLength(2);
    expect(calls).toHaveLength(1);
    expect((await client.getUsage()).character?.count).toBe(before + 25);
  });
});
