import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { callWorker, translationRequest } from "../support/call-worker";
import { setupMockNetwork } from "../support/mock-network";

setupMockNetwork();
const openAi = { OPENAI_API_KEY: "sk-test-openai" };
const article = { title: "Titre", body: "Un paragraphe." };

interface ErrorBody {
  error: { code: string; message: string; details?: unknown; request_id: string };
}

async function expectError(
  response: Response,
  status: number,
  code: string,
): Promise<ErrorBody["error"]> {
  expect(response.status).toBe(status);
  expect(response.headers.get("Content-Type")).toContain("application/json");
  const body = (await response.json()) as ErrorBody;
  expect(body.error.code).toBe(code);
  expect(body.error.request_id).toBe(response.headers.get("X-Request-Id"));
  expect(JSON.stringify(body)).not.toMatch(/sk-test|at .*\.ts:\d+/);
  return body.error;
}

function rawRequest(body: string | Uint8Array, headers: Record<string, string>): Request {
  return new Request("http://tilmash.test/v1/translations", { method: "POST", headers, body });
}

describe("errors", () => {
  it("503 provider_not_configured names the variables when no key is set", async () => {
    const response = await exports.default.fetch(
      translationRequest({ article }, { "Accept-Language": "kk-KZ, ru;q=0.8" }),
    );
    const error = await expectError(response, 503, "provider_not_configured");
    expect(error.message).toContain("OPENAI_API_KEY");
    expect(error.message).toContain("бапталмаған");
    expect(response.headers.get("Content-Language")).toBe("kk");
  });

  it("400 invalid_json, localized", async () => {
    const response = await callWorker(
      rawRequest('{"article":', { "Content-Type": "application/json", "Accept-Language": "fr-FR" }),
      openAi,
    );
    const error = await expectError(response, 400, "invalid_json");
    expect(error.message).toBe("Le corps de la requête n’est pas un JSON valide.");
  });

  it("400 invalid_encoding for bytes that are not UTF-8; a byte order mark is accepted", async () => {
    const json = new TextEncoder().encode('{"article":{"body":"Le texte \u00e9t\u00e9"}}');
    const latin1 = Uint8Array.from([...json.slice(0, 27), 0xe9, ...json.slice(27)]);
    const response = await callWorker(
      rawRequest(latin1, { "Content-Type": "application/json", "Accept-Language": "ru" }),
      openAi,
    );
    const error = await expectError(response, 400, "invalid_encoding");
    expect(error.message).toBe("Тело запроса не является корректным текстом в UTF-8.");
    // Decoded and parsed past the mark: the schema is what refuses this body.
    const withMark = Uint8Array.from([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('{"article":1}'),
    ]);
    const parsed = await callWorker(
      rawRequest(withMark, { "Content-Type": "application/json" }),
      openAi,
    );
    await expectError(parsed, 400, "invalid_request");
  });

  it("400 invalid_request lists the field paths, each with its issue in the caller's language", async () => {
    const response = await callWorker(
      translationRequest(
        { article: { body: "" }, target_langs: ["en", "en"], summary: { bullets: 11 }, extra: 1 },
        { "Accept-Language": "ru" },
      ),
      openAi,
    );
    const error = await expectError(response, 400, "invalid_request");
    expect(error.message).toContain("Запрос некорректен");
    const paths = (error.details as Array<{ path: string }>).map((detail) => detail.path);
    expect(paths).toEqual(
      expect.arrayContaining(["article.body", "target_langs", "summary.bullets"]),
    );
    expect(error.details).toEqual(
      expect.arrayContaining([
        { path: "", issue: "unrecognized_keys", message: "Неизвестные поля: extra." },
        {
          path: "target_langs",
          issue: "custom",
          message: "Каждое значение может встречаться только один раз.",
        },
        {
          path: "summary.bullets",
          issue: "too_big",
          message: "Слишком большое значение: не более 10.",
        },
      ]),
    );
  });

  it("400 invalid_request names the glossary field a too-long inline glossary breaks", async () => {
    const entries = Array.from({ length: 1_001 }, (_, index) => ({
      source: `terme ${index}`,
      targets: { en: `term ${index}` },
    }));
    const response = await callWorker(
      translationRequest({ article: { body: "Bonjour." }, glossary: { entries } }),
      openAi,
    );
    const error = await expectError(response, 400, "invalid_request");
    expect(error.details).toEqual([
      { path: "glossary.entries", issue: "too_big", message: "Too many items: at most 1000." },
    ]);
  });

  it("422 source_language_mismatch for an article that is not in its source language", async () => {
    const body =
      "The government announced on Tuesday a new plan to support small businesses, which have suffered from high energy prices. The measures will cost about two billion euros over three years.";
    const response = await callWorker(
      translationRequest({ article: { title: "A new plan", body } }, { "Accept-Language": "fr" }),
      openAi,
    );
    const error = await expectError(response, 422, "source_language_mismatch");
    expect(error.message).toContain("« en »");
    expect(error.message).toContain("« fr »");
    expect(error.details).toEqual({ field: "article", detected: "en", confidence: 1 });
  });

  it("415 unsupported_media_type", async () => {
    const response = await callWorker(
      rawRequest("article=1", { "Content-Type": "application/x-www-form-urlencoded" }),
      openAi,
    );
    await expectError(response, 415, "unsupported_media_type");
  });

  it("413 article_too_large, from Content-Length, from the stream and from the article length", async () => {
    const limits = { ...openAi, MAX_ARTICLE_CHARS: "1000" };
    const huge = JSON.stringify({ article: { body: "a".repeat(30_000) } });
    const streamed = new Request("http://tilmash.test/v1/translations", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: new Blob([huge]).stream(),
      duplex: "half",
    } as RequestInit);
    await expectError(await callWorker(streamed, limits), 413, "article_too_large");
    await expectError(
      await callWorker(rawRequest(huge, { "Content-Type": "application/json" }), limits),
      413,
      "article_too_large",
    );
    const justOver = await callWorker(
      translationRequest({ article: { body: "é".repeat(1001) } }, { "Accept-Language": "en" }),
      limits,
    );
    const error = await expectError(justOver, 413, "article_too_large");
    expect(error.message).toContain("1000");
  });

  it("413 before any model call for too many segments or a segment no answer can hold", async () => {
    const manySegments = Array.from({ length: 2_001 }, (_value, index) => `Point ${index}.`).join(
      "\n\n",
    );
    const many = await callWorker(
      translationRequest({ article: { body: manySegments } }, { "Accept-Language": "fr" }),
      openAi,
    );
    const tooMany = await expectError(many, 413, "article_too_large");
    expect(tooMany.details).toMatchObject({ kind: "too_many_segments", limit: 2000 });
    expect(tooMany.message).toBe(
      "L’article compte 2001 segments (paragraphes, intertitres, éléments de liste, cellules, textes d’images) ; la limite est de 2000.",
    );
    const oneLong = `Premier paragraphe.\n\n${"Une phrase sans fin ".repeat(200)}.`;
    const long = await callWorker(translationRequest({ article: { body: oneLong } }), {
      ...openAi,
      LLM_MAX_OUTPUT_TOKENS: "256",
    });
    const tooLong = await expectError(long, 413, "article_too_large");
    expect(tooLong.details).toMatchObject({ kind: "segment_too_long", segment: 1, limit: 256 });
    expect(tooLong.message).toMatch(
      /^Paragraph 2 is too long to translate in one answer: about \d+ output tokens, the limit is 256\./,
    );
  });

  it("422 unsupported_language for targets and sources", async () => {
    const target = await callWorker(
      translationRequest({ article, target_langs: ["en", "de"] }, { "Accept-Language": "fr" }),
      openAi,
    );
    expect((await expectError(target, 422, "unsupported_language")).message).toContain("« de »");
    const source = await callWorker(translationRequest({ article, source_lang: "en" }), openAi);
    await expectError(source, 422, "unsupported_language");
  });

  it("422 unsupported_provider and empty_article", async () => {
    const provider = await callWorker(translationRequest({ article, provider: "mistral" }), openAi);
    await expectError(provider, 422, "unsupported_provider");
    const empty = await callWorker(
      translationRequest({ article: { body: "2025 — 54 %" } }),
      openAi,
    );
    await expectError(empty, 422, "empty_article");
  });

  it("401 unauthorized when API_KEYS is set, and the right key passes", async () => {
    const keys = { ...openAi, API_KEYS: "key-one, key-two" };
    const missing = await callWorker(
      translationRequest({ article }, { "Accept-Language": "ru" }),
      keys,
    );
    expect((await expectError(missing, 401, "unauthorized")).message).toContain("ключ API");
    const wrong = await callWorker(
      translationRequest({ article }, { Authorization: "Bearer key-three" }),
      keys,
    );
    await expectError(wrong, 401, "unauthorized");
    const right = await callWorker(
      new Request("http://tilmash.test/v1/languages", {
        headers: { Authorization: "Bearer key-two" },
      }),
      keys,
    );
    expect(right.status).toBe(200);
  });

  it("404 not_found with the route named", async () => {
    const response = await callWorker(
      new Request("http://tilmash.test/v1/nothing", { headers: { "Accept-Language": "kk" } }),
      openAi,
    );
    expect((await expectError(response, 404, "not_found")).message).toContain("/v1/nothing");
  });

  it("405 method_not_allowed on a route that takes other methods, with Allow", async () => {
    const translations = await callWorker(
      new Request("http://tilmash.test/v1/translations", { headers: { "Accept-Language": "ru" } }),
      openAi,
    );
    const error = await expectError(translations, 405, "method_not_allowed");
    expect(error.message).toBe("Метод GET не разрешён для /v1/translations.");
    expect(translations.headers.get("Allow")).toBe("POST");
    const glossary = await callWorker(
      new Request("http://tilmash.test/v1/glossaries/newsroom", { method: "PATCH" }),
      openAi,
    );
    await expectError(glossary, 405, "method_not_allowed");
    expect(glossary.headers.get("Allow")).toBe("DELETE, GET, HEAD, PUT");
  });
});

describe("service routes", () => {
  it("GET /healthz and GET /v1/languages, named in the caller's language", async () => {
    const health = await callWorker(new Request("http://tilmash.test/healthz"), openAi);
    expect(await health.json()).toEqual({ status: "ok", providers: ["openai"] });
    const languages = await callWorker(
      new Request("http://tilmash.test/v1/languages", { headers: { "Accept-Language": "kk" } }),
      openAi,
    );
    const body = (await languages.json()) as {
      sources: unknown[];
      targets: Array<{ code: string; name: string }>;
    };
    expect(body.sources).toEqual([{ code: "fr", name: "француз тілі" }]);
    expect(body.targets.map((target) => target.code)).toEqual(["en", "kk", "ru", "kk-Latn"]);
    expect(body.targets[1]?.name).toBe("қазақ тілі");
    expect(languages.headers.get("X-Request-Id")).toMatch(/[0-9a-f-]{36}/);
  });

  it("keeps a sensible incoming X-Request-Id", async () => {
    const response = await callWorker(
      new Request("http://tilmash.test/healthz", { headers: { "X-Request-Id": "cms-42" } }),
      openAi,
    );
    expect(response.headers.get("X-Request-Id")).toBe("cms-42");
  });

  it("publishes an OpenAPI document covering the routes", async () => {
    const response = await callWorker(new Request("http://tilmash.test/openapi.json"), openAi);
    const document = (await response.json()) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/v1/translations", "/v1/languages", "/healthz"]),
    );
  });
});
