import { describe, expect, expectTypeOf, it } from "vitest";
import { createTilmashClient, type TranslationResponse } from "../../src/client/index";
import type { Bindings } from "../../src/config/bindings";
import { callWorker } from "../support/call-worker";
import { fakeTranslation } from "../support/fake-language-model";
import { setupMockNetwork } from "../support/mock-network";
import { openAiTranslator } from "../support/provider-responses";

const network = setupMockNetwork();

function clientFor(variables: Partial<Bindings>, headers: Record<string, string> = {}) {
  return createTilmashClient("http://tilmash.test", {
    fetch: (input: RequestInfo | URL, init?: RequestInit) =>
      callWorker(new Request(input, init), variables),
    headers,
  });
}

describe("the typed client (hc<AppType>)", () => {
  it("translates through POST /v1/translations with typed request and response", async () => {
    network.use(openAiTranslator());
    const client = clientFor({ OPENAI_API_KEY: "sk-test-openai" });
    const response = await client.v1.translations.$post({
      json: {
        article: { title: "Le Kazakhstan et l’UE", body: "Un premier paragraphe.\n\nUn second." },
        target_langs: ["en", "kk"],
        summary: { bullets: 2 },
      },
    });
    expect(response.status).toBe(200);
    if (response.status !== 200) return;
    const body = await response.json();
    expectTypeOf(body).toEqualTypeOf<TranslationResponse>();
    expectTypeOf(body.meta.cache).toEqualTypeOf<TranslationResponse["meta"]["cache"]>();
    expect(Object.keys(body.results)).toEqual(["en", "kk"]);
    expect(body.results.en?.title).toBe(fakeTranslation("Le Kazakhstan et l’UE", "en"));
    expect(body.results.kk?.body.split("\n\n")).toEqual([
      fakeTranslation("Un premier paragraphe.", "kk"),
      fakeTranslation("Un second.", "kk"),
    ]);
    expect(body.results.kk?.summary).toHaveLength(2);
    expect(body.meta).toMatchObject({ provider: "openai", cache: "miss" });
    expect(body.id).toMatch(/^tr_/);
  });

  it("types the error responses too", async () => {
    const client = clientFor({ OPENAI_API_KEY: "sk-test-openai" });
    const response = await client.v1.translations.$post({
      json: { article: { body: "Texte." }, target_langs: ["de"] },
    });
    expect(response.status).toBe(422);
    if (response.status !== 422) return;
    const body = await response.json();
    expect(body.error.code).toBe("unsupported_language");
    expect(body.error.request_id).toBeTruthy();
  });

  it("reads the languages, health and glossaries routes, with path parameters", async () => {
    const client = clientFor({}, { "Accept-Language": "kk" });
    const languages = await (await client.v1.languages.$get()).json();
    const codes = languages.targets.map((target) => target.code);
    expect(codes).toEqual(expect.arrayContaining(["en", "kk", "ru"]));
    expect(languages.sources[0]?.name).toBe("француз тілі");
    const health = await (await client.healthz.$get()).json();
    expect(health.status).toBe("ok");
    const glossary = await client.v1.glossaries[":name"].$get({ param: { name: "default" } });
    expect(glossary.status).toBe(200);
    if (glossary.status === 200) expect((await glossary.json()).read_only).toBe(true);
  });

  it("sends the API key given in the client's headers", async () => {
    const locked = { API_KEYS: "k-client" };
    expect((await clientFor(locked).v1.languages.$get()).status).toBe(401);
    const allowed = clientFor(locked, { Authorization: "Bearer k-client" });
    expect((await allowed.v1.languages.$get()).status).toBe(200);
  });
});
