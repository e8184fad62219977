import { env, exports } from "cloudflare:workers";
import { delay, HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { callWorker } from "../../support/call-worker";
import {
  expectedTranslation,
  type OpenAiCall,
  recordingOpenAi,
} from "../../support/compat/recording-openai";
import { type CompatVariables, serveWorker, workerUrl } from "../../support/compat/serve-worker";
import { setupMockNetwork } from "../../support/mock-network";
import { openAiError, openAiUrl } from "../../support/provider-responses";

/**
 * The DeepL-compatible API as a plain `fetch` caller uses it (JSON and form bodies), and
 * everything DeepL refuses, refused with DeepL's status and `{"message"}` shape.
 */
const network = setupMockNetwork();
const key = "fetch-caller-key";
const variables: CompatVariables = { OPENAI_API_KEY: "sk-test-openai", API_KEYS: key };
const auth = { Authorization: `DeepL-Auth-Key ${key}` };

interface Translations {
  translations: Array<{
    detected_source_language: string;
    text: string;
    billed_characters?: number;
    model_type_used?: string;
  }>;
}

function postJson(body: unknown, headers: Record<string, string> = auth): Promise<Response> {
  return fetch(`${workerUrl}/v2/translate`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

function postForm(
  form: URLSearchParams,
  headers: Record<string, string> = auth,
): Promise<Response> {
  return fetch(`${workerUrl}/v2/translate`, { method: "POST", headers, body: form });
}

async function slowAnswer(): Promise<Response> {
  await delay(1_500);
  return HttpResponse.json({});
}

async function expectDeepLError(
  response: Response,
  status: number,
  message: string | RegExp,
): Promise<void> {
  expect(response.status).toBe(status);
  const body = (await response.json()) as { message: string };
  expect(Object.keys(body)).toEqual(["message"]);
  expect(body.message).toMatch(message);
}

describe("POST /v2/translate from a plain fetch caller", () => {
  it("takes JSON: text array, case-insensitive target, booleans, context not billed, unknown parameters ignored", async () => {
    const calls: OpenAiCall[] = [];
    network.use(serveWorker(variables), recordingOpenAi(calls));
    const response = await postJson({
      text: ["Le président a parlé.", "Il a été clair."],
      target_lang: "en-us",
      show_billed_characters: true,
      preserve_formatting: false,
      context: "Un discours à Astana.",
      some_future_parameter: 1,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      translations: [
        {
          detected_source_language: "FR",
          text: expectedTranslation("Le président a parlé.", "en"),
          billed_characters: 21,
        },
        {
          detected_source_language: "FR",
          text: expectedTranslation("Il a été clair.", "en"),
          billed_characters: 15,
        },
      ],
    });
    expect(calls).toHaveLength(1);
    const user = calls[0]?.user ?? "";
    expect(user).toContain(
      "Context, for understanding only (do not translate it): Un discours à Astana.",
    );
    expect(user.slice(user.indexOf("<article>"))).not.toContain("Un discours");
  });

  it("asks for the formal or informal register in Russian, as a different cache entry", async () => {
    const calls: OpenAiCall[] = [];
    network.use(serveWorker(variables), recordingOpenAi(calls));
    const text = ["Vous pouvez nous écrire à tout moment."];
    expect((await postJson({ text, target_lang: "RU", formality: "more" })).status).toBe(200);
    expect((await postJson({ text, target_lang: "RU", formality: "prefer_less" })).status).toBe(
      200,
    );
    expect(calls).toHaveLength(2);
    expect(calls[0]?.user).toContain("Register: formal");
    expect(calls[1]?.user).toContain("Register: informal");
  });

  it("writes British or American English for EN-GB and EN-US, each its own cache entry", async () => {
    const calls: OpenAiCall[] = [];
    network.use(serveWorker(variables), recordingOpenAi(calls));
    const text = ["Le centre a organisé la réunion."];
    for (const target_lang of ["EN-GB", "EN-US", "EN-GB", "EN"]) {
      expect((await postJson({ text, target_lang })).status).toBe(200);
    }
    expect(calls).toHaveLength(3);
    expect(calls[0]?.user).toContain("English: British spelling");
    expect(calls[1]?.user).toContain("English: American spelling");
    expect(calls[2]?.user).not.toContain("spelling");
  });

  it("reads tag_handling=xml: self-closed elements, ignore_tags kept, splitting_tags split", async () => {
    const calls: OpenAiCall[] = [];
    network.use(serveWorker(variables), recordingOpenAi(calls));
    const text = [
      '<doc><para>Le <x id="1"/>président a visité <keep>Astana Hub</keep>.</para><para>Il est reparti.</para></doc>',
    ];
    const response = await postJson({
      text,
      target_lang: "RU",
      source_lang: "FR",
      tag_handling: "xml",
      ignore_tags: ["keep"],
      splitting_tags: "para",
    });
    expect(response.status).toBe(200);
    const translated = ((await response.json()) as Translations).translations[0]?.text ?? "";
    expect(translated).toContain('<x id="1"/>');
    expect(translated).toContain("<keep>Astana Hub</keep>");
    expect(translated.match(/<para>/g)).toHaveLength(2);
    const user = calls[0]?.user ?? "";
    expect(user).not.toContain("Astana Hub");
    expect(user).toContain("Il est reparti.");
  });

  it("takes a form: repeated text, 1/0 booleans, and the auth_key parameter of older clients", async () => {
    network.use(serveWorker(variables), recordingOpenAi([]));
    const form = new URLSearchParams([
      ["auth_key", key],
      ["text", "Bonjour le monde."],
      ["text", "Au revoir."],
      ["target_lang", "KK"],
      ["show_billed_characters", "0"],
      ["split_sentences", "nonewlines"],
    ]);
    const response = await postForm(form, {});
    expect(response.status).toBe(200);
    const body = (await response.json()) as Translations;
    const expected = ["Bonjour le monde.", "Au revoir."].map((text) =>
      expectedTranslation(text, "kk"),
    );
    expect(body.translations.map((translation) => translation.text)).toEqual(expected);
    expect(body.translations[0]).not.toHaveProperty("billed_characters");
  });

  it("gives empty texts back empty, without a model call or even a provider", async () => {
    const calls: OpenAiCall[] = [];
    network.use(serveWorker({ API_KEYS: key }), recordingOpenAi(calls));
    const response = await postJson({ text: ["", "  ", "42"], target_lang: "RU" });
    const body = (await response.json()) as Translations;
    expect(body.translations.map((translation) => translation.text)).toEqual(["", "  ", "42"]);
    expect(calls).toHaveLength(0);
  });

  it("refuses what DeepL refuses, with its messages", async () => {
    network.use(serveWorker(variables), recordingOpenAi([]));
    await expectDeepLError(
      await postJson({ text: "Bonjour", target_lang: "EN-GB" }),
      400,
      "Value for 'text' not supported.",
    );
    await expectDeepLError(
      await postJson({ target_lang: "EN-GB" }),
      400,
      "Parameter 'text' not specified.",
    );
    await expectDeepLError(
      await postJson({ text: ["Bonjour"] }),
      400,
      "Parameter 'target_lang' not specified.",
    );
    await expectDeepLError(
      await postJson({ text: ["Bonjour"], target_lang: "DE" }),
      400,
      "Value for 'target_lang' not supported.",
    );
    await expectDeepLError(
      await postJson({ text: ["Bonjour"], target_lang: "RU", source_lang: "EN" }),
      400,
      "Value for 'source_lang' not supported.",
    );
    await expectDeepLError(
      await postJson({ text: ["Bonjour"], target_lang: "RU", tag_handling: "markdown" }),
      400,
      "Value for 'tag_handling' not supported.",
    );
    await expectDeepLError(
      await postJson({ text: ["Bonjour"], target_lang: "EN-GB", formality: "more" }),
      400,
      "Target language doesn't support formality",
    );
    await expectDeepLError(
      await postJson({ text: ["Bonjour"], target_lang: "RU", glossary_id: "x" }),
      400,
      /source_lang/,
    );
    const malformed = await postJson({
      text: ["<p>Le <b>Kazakhstan</p>"],
      target_lang: "RU",
      tag_handling: "html",
    });
    await expectDeepLError(malformed, 400, /^Tag handling parsing failed/);
    const plainText = await fetch(`${workerUrl}/v2/translate`, {
      method: "POST",
      headers: auth,
      body: "text=Bonjour",
    });
    await expectDeepLError(plainText, 400, /content type/);
  });

  it("refuses a detected non-French source unless source_lang says FR", async () => {
    network.use(serveWorker(variables), recordingOpenAi([]));
    const english = {
      text: ["The president spoke to the press in Astana yesterday."],
      target_lang: "RU",
    };
    await expectDeepLError(await postJson(english), 400, /EN detected.*only French/);
    const trusted = await postJson({ ...english, source_lang: "fr" });
    expect(trusted.status).toBe(200);
  });

  it("413 for more than 50 texts, too many characters, or a body over the limit before reading it", async () => {
    const small = { ...variables, MAX_ARTICLE_CHARS: "1000" };
    network.use(serveWorker(small), recordingOpenAi([]));
    const texts = Array.from({ length: 51 }, (_value, index) => `Texte ${index}`);
    await expectDeepLError(await postJson({ text: texts, target_lang: "RU" }), 413, /at most 50/);
    await expectDeepLError(
      await postJson({ text: ["é".repeat(1_001)], target_lang: "RU" }),
      413,
      /Request Entity Too Large/,
    );
    const huge = new Request(`${workerUrl}/v2/translate`, {
      method: "POST",
      headers: { ...auth, "Content-Type": "application/json", "Content-Length": "10000000" },
      body: "{}",
    });
    await expectDeepLError(await callWorker(huge, small), 413, "Request Entity Too Large");
  });

  it("maps provider failures: timeout 504, overload 503, provider auth 500, rate limit 429, none configured 503", async () => {
    const oneTry = { ...variables, LLM_MAX_RETRIES: "0", LLM_TIMEOUT_MS: "1000" };
    network.use(serveWorker(oneTry));
    const cases: Array<[() => Response | Promise<Response>, number]> = [
      [slowAnswer, 504],
      [() => openAiError(500, "server_error"), 503],
      [() => openAiError(401, "invalid_api_key"), 500],
      [() => openAiError(429, "rate_limit_exceeded", { "retry-after-ms": "1" }), 429],
    ];
    for (const [index, [answer, status]] of cases.entries()) {
      network.use(http.post(openAiUrl, answer));
      const response = await postJson({ text: [`Une phrase numéro ${index}.`], target_lang: "RU" });
      expect(response.status).toBe(status);
      expect(Object.keys((await response.json()) as object)).toEqual(["message"]);
    }
    network.use(serveWorker({ API_KEYS: key }));
    await expectDeepLError(
      await postJson({ text: ["Sans fournisseur."], target_lang: "RU" }),
      503,
      /provider/,
    );
  });

  it("model_type latency_optimized uses LLM_LATENCY_OPTIMIZED_MODEL and says so", async () => {
    const calls: OpenAiCall[] = [];
    network.use(
      serveWorker({ ...variables, LLM_LATENCY_OPTIMIZED_MODEL: "gpt-fast" }),
      recordingOpenAi(calls),
    );
    const fast = await postJson({
      text: ["Vite, une traduction."],
      target_lang: "RU",
      model_type: "latency_optimized",
    });
    expect(((await fast.json()) as Translations).translations[0]?.model_type_used).toBe(
      "latency_optimized",
    );
    expect(calls.map((call) => call.model)).toEqual(["gpt-fast"]);
    network.use(serveWorker(variables), recordingOpenAi(calls));
    const plain = await postJson({
      text: ["Sans modèle rapide."],
      target_lang: "RU",
      model_type: "latency_optimized",
    });
    expect(((await plain.json()) as Translations).translations[0]?.model_type_used).toBe(
      "quality_optimized",
    );
    expect(calls.at(-1)?.model).toBe("gpt-5.4-mini");
  });

  it("applies a glossary stored with /v1/glossaries, named by glossary_id", async () => {
    const calls: OpenAiCall[] = [];
    network.use(serveWorker(variables), recordingOpenAi(calls));
    const entries = [{ source: "Tokaïev", targets: { en: "Tokayev", ru: "Токаев", kk: "Тоқаев" } }];
    const stored = await fetch(`${workerUrl}/v1/glossaries/politique`, {
      method: "PUT",
      headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
      body: JSON.stringify({ entries }),
    });
    expect(stored.status).toBe(200);
    const request = { text: ["Tokaïev a parlé."], target_lang: "RU", source_lang: "FR" };
    expect((await postJson({ ...request, glossary_id: "politique" })).status).toBe(200);
    expect(calls.at(-1)?.user).toContain("Tokaïev → Токаев");
    await expectDeepLError(
      await postJson({ ...request, glossary_id: "inconnu" }),
      404,
      "Glossary not found",
    );
  });

  it("403 for a wrong key; open when API_KEYS is unset; usage is stored under a digest of the key", async () => {
    network.use(serveWorker(variables), recordingOpenAi([]));
    await expectDeepLError(
      await postJson(
        { text: ["Bonjour"], target_lang: "RU" },
        { Authorization: "DeepL-Auth-Key nope" },
      ),
      403,
      /key/,
    );
    await expectDeepLError(
      await postJson({ text: ["Bonjour"], target_lang: "RU" }, {}),
      403,
      /key/,
    );
    const usageKeys = (await env.TRANSLATIONS.list({ prefix: "deepl-usage:" })).keys.map(
      (entry) => entry.name,
    );
    expect(usageKeys.length).toBeGreaterThan(0);
    expect(usageKeys.join(" ")).not.toContain(key);
    network.use(serveWorker({ OPENAI_API_KEY: "sk-test-openai" }), recordingOpenAi([]));
    expect((await postJson({ text: ["Ouvert à tous."], target_lang: "RU" }, {})).status).toBe(200);
  });

  it("answers /v2/languages and /v2/usage by GET and POST, and 405 elsewhere", async () => {
    network.use(serveWorker({ ...variables, DEEPL_CHARACTER_LIMIT: "500000" }));
    const targets = await fetch(`${workerUrl}/v2/languages`, {
      method: "POST",
      headers: auth,
      body: new URLSearchParams({ type: "target" }),
    });
    expect(
      ((await targets.json()) as Array<{ language: string }>).map((target) => target.language),
    ).toEqual(["EN-GB", "EN-US", "KK", "KK-LATN", "RU"]);
    await expectDeepLError(
      await fetch(`${workerUrl}/v2/languages?type=both`, { headers: auth }),
      400,
      "Value for 'type' not supported.",
    );
    const usage = (await (await fetch(`${workerUrl}/v2/usage`, { headers: auth })).json()) as {
      character_limit: number;
    };
    expect(usage.character_limit).toBe(500_000);
    await expectDeepLError(
      await fetch(`${workerUrl}/v2/translate`, { headers: auth }),
      405,
      "Method Not Allowed",
    );
  });

  it("is described in /openapi.json", async () => {
    const document = (await (
      await exports.default.fetch(new Request(`${workerUrl}/openapi.json`))
    ).json()) as { paths: Record<string, object> };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        "/v2/translate",
        "/v2/languages",
        "/v2/usage",
        "/translate",
        "/detect",
        "/languages",
      ]),
    );
    expect(Object.keys(document.paths["/v2/translate"] ?? {})).toEqual(["post"]);
  });
});
