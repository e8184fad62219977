import { libreTranslate } from "libretranslate-ts";
import { http } from "msw";
import { describe, expect, it } from "vitest";
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
import { setupMockNetwork } from "../../support/mock-network";
import { openAiError, openAiUrl } from "../../support/provider-responses";

/**
 * The LibreTranslate-compatible API: the `libretranslate-ts` client unchanged (axios inside
 * workerd, requests handed to the worker by msw), and a plain `fetch` caller for the rest.
 */
const network = setupMockNetwork();
const key = "libre-test-key";
const variables: CompatVariables = { OPENAI_API_KEY: "sk-test-openai", API_KEYS: key };

function post(path: string, body: unknown): Promise<Response> {
  return fetch(`${workerUrl}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

async function expectLibreError(
  response: Response,
  status: number,
  error: string | RegExp,
): Promise<void> {
  expect(response.status).toBe(status);
  const body = (await response.json()) as { error: string };
  expect(Object.keys(body)).toEqual(["error"]);
  expect(body.error).toMatch(error);
}

describe("libretranslate-ts against /translate, /detect and /languages", () => {
  it("translates, detects and lists languages", async () => {
    const seen: SeenRequest[] = [];
    network.use(serveWorker(variables, seen), recordingOpenAi([]));
    libreTranslate.setApiEndpoint(workerUrl);
    libreTranslate.setApiKey(key);
    const translation = await libreTranslate.translate("Le Kazakhstan avance.", "fr", "kk");
    expect(translation).toMatchObject({
      status: 200,
      translatedText: expectedTranslation("Le Kazakhstan avance.", "kk"),
    });
    expect(JSON.parse(seen[0]?.body ?? "{}")).toMatchObject({
      q: "Le Kazakhstan avance.",
      api_key: key,
      format: "text",
    });
    const detection = await libreTranslate.detect(
      "Le président a rencontré les journalistes à Paris.",
    );
    expect(detection.status).toBe(200);
    expect(detection.language).toBe("fr");
    expect(detection.confidence).toBeGreaterThan(90);
    expect(detection.confidence).toBeLessThanOrEqual(100);
    const languages = await libreTranslate.listLanguages();
    const french = languages.find((language) => language.code === "fr");
    expect(french?.targets).toEqual(expect.arrayContaining(["en", "kk", "ru"]));
  });

  it("reports a wrong key with LibreTranslate's error body", async () => {
    network.use(serveWorker(variables));
    libreTranslate.setApiEndpoint(workerUrl);
    libreTranslate.setApiKey("wrong-key");
    const refused = await libreTranslate.translate("Bonjour le monde.", "fr", "ru");
    expect(refused).toMatchObject({ translatedText: "", error: "Invalid API key" });
  });
});

describe("POST /translate from a plain fetch caller", () => {
  it("returns translatedText in the shape of q, with detectedLanguage for auto, in one model call", async () => {
    const calls: OpenAiCall[] = [];
    network.use(serveWorker(variables), recordingOpenAi(calls));
    const q = ["Le premier paragraphe de l'article.", "Le second paragraphe, plus court."];
    const response = await post("/translate", { q, source: "auto", target: "ru", api_key: key });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      translatedText: string[];
      detectedLanguage: Array<{ language: string; confidence: number }>;
    };
    expect(body.translatedText).toEqual(q.map((text) => expectedTranslation(text, "ru")));
    expect(body.detectedLanguage).toHaveLength(2);
    expect(body.detectedLanguage[0]?.language).toBe("fr");
    expect(body.detectedLanguage[0]?.confidence).toBeGreaterThan(90);
    expect(calls).toHaveLength(1);
  });

  it("keeps HTML with format html, and reads form bodies", async () => {
    network.use(serveWorker(variables), recordingOpenAi([]));
    const html = await post("/translate", {
      q: "<p>Le <i>président</i> parle.</p>",
      source: "fr",
      target: "en",
      format: "html",
      api_key: key,
    });
    expect(((await html.json()) as { translatedText: string }).translatedText).toMatch(
      /^<p>\[ENG\] .*<i>[^<]+<\/i>.*<\/p>$/,
    );
    const form = new URLSearchParams({
      q: "Une phrase envoyée en formulaire.",
      source: "fr",
      target: "kk",
      api_key: key,
    });
    const response = await fetch(`${workerUrl}/translate`, { method: "POST", body: form });
    expect(await response.json()).toEqual({
      translatedText: expectedTranslation("Une phrase envoyée en formulaire.", "kk"),
    });
  });

  it("refuses what LibreTranslate refuses, with {error}", async () => {
    network.use(serveWorker({ ...variables, MAX_ARTICLE_CHARS: "1000" }), recordingOpenAi([]));
    await expectLibreError(
      await post("/translate", { source: "fr", target: "ru", api_key: key }),
      400,
      "Invalid request: missing q parameter",
    );
    await expectLibreError(
      await post("/translate", { q: "", source: "fr", target: "ru", api_key: key }),
      400,
      "Invalid request: missing q parameter",
    );
    await expectLibreError(
      await post("/translate", {
        q: "Salut",
        source: "fr",
        target: "ru",
        alternatives: 11,
        api_key: key,
      }),
      400,
      "Invalid request: alternatives is not valid",
    );
    await expectLibreError(
      await post("/translate", { q: "Salut", target: "ru", api_key: key }),
      400,
      "Invalid request: missing source parameter",
    );
    await expectLibreError(
      await post("/translate", { q: "Salut", source: "fr", api_key: key }),
      400,
      "Invalid request: missing target parameter",
    );
    await expectLibreError(
      await post("/translate", { q: "Salut", source: "fr", target: "de", api_key: key }),
      400,
      "de is not supported",
    );
    await expectLibreError(
      await post("/translate", { q: "Hello", source: "en", target: "ru", api_key: key }),
      400,
      "en is not supported",
    );
    const english = {
      q: "The president spoke to the press in Astana yesterday.",
      source: "auto",
      target: "ru",
      api_key: key,
    };
    await expectLibreError(await post("/translate", english), 400, /en \(detected\)/);
    const long = { q: "é".repeat(1_001), source: "fr", target: "ru", api_key: key };
    await expectLibreError(
      await post("/translate", long),
      400,
      "Invalid request: request (1001) exceeds text limit (1000)",
    );
    await expectLibreError(
      await post("/translate", { q: "Salut", source: "fr", target: "ru", api_key: "nope" }),
      403,
      "Invalid API key",
    );
    await expectLibreError(await post("/detect", { q: "Salut" }), 403, "Invalid API key");
    await expectLibreError(await fetch(`${workerUrl}/translate`), 405, "Method Not Allowed");
  });

  it("429 when the provider keeps rate limiting, 500 when it fails", async () => {
    network.use(serveWorker({ ...variables, LLM_MAX_RETRIES: "0" }));
    network.use(
      http.post(openAiUrl, () =>
        openAiError(429, "rate_limit_exceeded", { "retry-after-ms": "1" }),
      ),
    );
    await expectLibreError(
      await post("/translate", {
        q: "Une phrase limitée.",
        source: "fr",
        target: "ru",
        api_key: key,
      }),
      429,
      /Too many requests/,
    );
    network.use(http.post(openAiUrl, () => openAiError(500, "server_error")));
    await expectLibreError(
      await post("/translate", {
        q: "Une phrase en échec.",
        source: "fr",
        target: "ru",
        api_key: key,
      }),
      500,
      /Cannot translate/,
    );
  });

  it("lists languages without a key, and detects with confidence 0–100", async () => {
    network.use(serveWorker(variables));
    const languages = (await (await fetch(`${workerUrl}/languages`)).json()) as Array<{
      code: string;
      name: string;
      targets: string[];
    }>;
    expect(languages[0]).toMatchObject({ code: "fr", name: "French" });
    expect(languages[0]?.targets).toEqual(expect.arrayContaining(["en", "kk", "ru"]));
    expect(languages.slice(1)).toEqual(
      expect.arrayContaining([
        { code: "en", name: "English", targets: [] },
        { code: "kk", name: "Kazakh", targets: [] },
        { code: "ru", name: "Russian", targets: [] },
      ]),
    );
    const detected = await post("/detect", {
      q: "Қазақстан Республикасының Президенті сөз сөйледі.",
      api_key: key,
    });
    const candidates = (await detected.json()) as Array<{ language: string; confidence: number }>;
    expect(candidates[0]).toMatchObject({ language: "kk" });
    expect(
      candidates.every((candidate) => candidate.confidence >= 0 && candidate.confidence <= 100),
    ).toBe(true);
  });
});
