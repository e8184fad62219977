import { env } from "cloudflare:workers";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import seedBody from "../../../shared/samples/kazakhstan-ue-france.txt?raw";
import { callWorker, translationRequest } from "../support/call-worker";
import { fakeTranslation } from "../support/fake-language-model";
import { setupMockNetwork } from "../support/mock-network";
import {
  anthropicTranslator,
  anthropicUrl,
  openAiCompletion,
  openAiError,
  openAiTranslator,
  openAiUrl,
} from "../support/provider-responses";

const network = setupMockNetwork();
const seedTitle = "Kazakhstan – Union européenne – France : une alliance qui monte en puissance";
const openAi = { OPENAI_API_KEY: "sk-test-openai" };
const both = { ...openAi, ANTHROPIC_API_KEY: "sk-ant-test", LLM_PROVIDERS: "openai,anthropic" };

interface TranslationBody {
  id: string;
  results: Record<
    string,
    {
      title: string | null;
      body: string;
      summary: string[] | null;
      qa: { passed: boolean; checks: string[] };
    }
  >;
  meta: {
    provider: string;
    model: string;
    cache: string;
    prompt_version: string;
    usage: { llm_calls: number; input_tokens: number; output_tokens: number };
    removed_residue: string[];
  };
  error?: { code: string; message: string };
}

async function translate(
  body: unknown,
  variables: Record<string, string>,
  headers: Record<string, string> = {},
) {
  const response = await callWorker(translationRequest(body, headers), variables);
  return { response, json: (await response.json()) as TranslationBody };
}

async function cachedKeys(): Promise<number> {
  return (await env.TRANSLATIONS.list()).keys.length;
}

describe("POST /v1/translations with the seed article", () => {
  it("translates title and body into en, kk and ru with summaries, then answers from KV", async () => {
    const counter = { calls: 0 };
    network.use(openAiTranslator(counter));
    const request = { article: { title: seedTitle, body: seedBody } };
    const first = await translate(request, openAi);
    expect(first.response.status).toBe(200);
    expect(first.response.headers.get("X-Request-Id")).toBeTruthy();
    expect(Object.keys(first.json.results)).toEqual(["en", "kk", "ru"]);
    const sourceParagraphs = seedBody.trim().split(/\n\s*\n/).length - 2; // minus the comment form and captcha
    for (const code of ["en", "kk", "ru"]) {
      const result = first.json.results[code];
      expect(result?.title).toBe(fakeTranslation(seedTitle, code));
      expect(result?.body.split("\n\n")).toHaveLength(sourceParagraphs);
      expect(result?.body.split("\n\n")[0]).toBe(
        fakeTranslation(
          "Kazakhstan - Union européenne - France : une alliance qui monte en puissance",
          code,
        ),
      );
      expect(result?.summary).toHaveLength(5);
      expect(result?.qa.checks).toEqual(expect.arrayContaining(["numbers", "language", "shape"]));
    }
    expect(first.json.meta).toMatchObject({
      provider: "openai",
      model: "gpt-5.4-mini",
      cache: "miss",
    });
    expect(first.json.meta.usage.llm_calls).toBe(counter.calls);
    expect(counter.calls).toBeGreaterThanOrEqual(4); // at least one call per language, and the summary
    expect(counter.calls).toBeLessThanOrEqual(6); // within the six connections of one request
    expect(first.json.meta.removed_residue).toEqual(["Laisser un commentaire", "seize − 16 ="]);
    const calls = counter.calls;

    const second = await translate(request, openAi);
    expect(second.json.meta.cache).toBe("hit");
    expect(second.json.meta.usage).toEqual({ input_tokens: 0, output_tokens: 0, llm_calls: 0 });
    expect(second.json.results).toEqual(first.json.results);
    expect(second.json.id).toBe(first.json.id);
    expect(counter.calls).toBe(calls);
  });

  it("answers a repeated request from its stored JSON body, with one KV read", async () => {
    const counter = { calls: 0 };
    network.use(openAiTranslator(counter));
    const request = { article: { title: "Réponse gardée", body: seedBody }, target_langs: ["ru"] };
    const first = await translate(request, openAi);
    expect(first.json.meta.cache).not.toBe("hit");
    const stored = (await env.TRANSLATIONS.list({ prefix: "response:" })).keys;
    const entries = await Promise.all(
      stored.map(async ({ name }) => ({ name, value: await env.TRANSLATIONS.get(name) })),
    );
    const entry = entries.find(({ value }) => value?.includes(first.json.id));
    expect(entry?.name).toMatch(/^response:v1:[0-9a-f]{64}$/);
    const hit = JSON.parse(entry?.value ?? "{}") as TranslationBody;
    expect(hit.meta.cache).toBe("hit");
    expect(hit.meta.usage).toEqual({ input_tokens: 0, output_tokens: 0, llm_calls: 0 });
    expect(hit.results).toEqual(first.json.results);

    // The same bytes are answered with what is stored, as stored: nothing is parsed again.
    const marked = { ...hit, results: { ru: { ...hit.results.ru, title: "stored" } } };
    await env.TRANSLATIONS.put(entry?.name ?? "", JSON.stringify(marked));
    const repeated = await translate(request, openAi);
    expect(repeated.response.headers.get("Content-Type")).toContain("application/json");
    expect(repeated.json.results.ru?.title).toBe("stored");
    // Other bytes for the same request, or no-cache, take the full path (article entries).
    const respaced = await callWorker(
      new Request("http://tilmash.test/v1/translations", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(request, null, 2),
      }),
      openAi,
    );
    const full = (await respaced.json()) as TranslationBody;
    expect(full.meta.cache).toBe("hit");
    expect(full.results.ru?.title).toBe(first.json.results.ru?.title);
    const calls = counter.calls;
    const fresh = await translate(request, openAi, { "Cache-Control": "no-cache" });
    expect(fresh.json.meta.cache).toBe("miss");
    expect(counter.calls).toBeGreaterThan(calls);
    expect((await translate(request, openAi)).json.results.ru?.title).toBe(
      first.json.results.ru?.title,
    );
  });

  it("runs the checks QA_CHECKS names, and never serves a report made under other settings", async () => {
    const counter = { calls: 0 };
    network.use(openAiTranslator(counter));
    const request = {
      article: { title: "Contrôles choisis", body: seedBody },
      target_langs: ["en"],
    };
    const numbersOnly = await translate(request, { ...openAi, QA_CHECKS: "numbers,shape" });
    expect(numbersOnly.json.results.en?.qa.checks).toEqual(["shape", "numbers"]);
    const calls = counter.calls;
    const none = await translate(request, { ...openAi, QA_CHECKS: "none" });
    expect(none.json.results.en?.qa).toEqual({ passed: true, checks: [], issues: [] });
    const all = await translate(request, openAi);
    expect(all.json.results.en?.qa.checks).toHaveLength(8);
    // The segments are reused under every setting; only the review runs again.
    expect(counter.calls).toBe(calls);
    expect(all.json.results.en?.body).toBe(numbersOnly.json.results.en?.body);
    const again = await translate(request, { ...openAi, QA_CHECKS: "numbers,shape" });
    expect(again.json.meta.cache).toBe("hit");
    expect(again.json.results.en?.qa.checks).toEqual(["shape", "numbers"]);
  });

  it("reports a partial hit, honours Cache-Control: no-cache and the bullet count", async () => {
    const counter = { calls: 0 };
    network.use(openAiTranslator(counter));
    const article = { title: seedTitle, body: seedBody };
    await translate({ article, target_langs: ["kk"], summary: { bullets: 3 } }, openAi);
    const afterKazakh = counter.calls;
    const partial = await translate(
      { article, target_langs: ["kk", "ru"], summary: { bullets: 3 } },
      openAi,
    );
    expect(partial.json.meta.cache).toBe("partial");
    expect(partial.json.results.ru?.summary).toHaveLength(3);
    expect(partial.json.results.kk).toEqual(
      (await translate({ article, target_langs: ["kk"], summary: { bullets: 3 } }, openAi)).json
        .results.kk,
    );
    expect(counter.calls - afterKazakh).toBe(partial.json.meta.usage.llm_calls);
    const beforeFresh = counter.calls;
    const fresh = await translate(
      { article, target_langs: ["kk"], summary: { bullets: 3 } },
      openAi,
      { "Cache-Control": "no-cache" },
    );
    expect(fresh.json.meta.cache).toBe("miss");
    expect(counter.calls).toBeGreaterThan(beforeFresh);
  });

  it("keeps Markdown structure and link URLs, and returns a null title when none was sent", async () => {
    network.use(openAiTranslator());
    const body =
      "## Énergie\n\nEDF et [Orano](https://www.orano.group/fr) suivent le **uranium**.\n\n- un\n- deux";
    const { json } = await translate(
      { article: { body, format: "markdown" }, target_langs: ["en"], summary: false },
      openAi,
    );
    const english = (text: string) => fakeTranslation(text, "en");
    expect(json.results.en).toMatchObject({
      title: null,
      body: `## ${english("Énergie")}\n\n${english("EDF et [Orano](⟦1⟧) suivent le **uranium**.").replace("⟦1⟧", "https://www.orano.group/fr")}\n\n- ${english("un")}\n- ${english("deux")}`,
      summary: null,
    });
    expect(json.results.en?.body).toContain("[Orano](https://www.orano.group/fr)");
  });
});

describe("provider faults", () => {
  const article = { title: "Titre", body: "Un paragraphe sur les faits." };

  it("retries after a 429 with Retry-After and succeeds", async () => {
    let calls = 0;
    network.use(
      http.post(openAiUrl, () => {
        calls += 1;
        return calls === 1
          ? openAiError(429, "rate_limit_exceeded", { "retry-after": "0" })
          : undefined;
      }),
      openAiTranslator(),
    );
    const { response, json } = await translate(
      { article, target_langs: ["en"], summary: false },
      openAi,
    );
    expect(response.status).toBe(200);
    expect(json.meta.usage.llm_calls).toBe(2);
  });

  it("falls back to Anthropic when OpenAI keeps failing with 5xx", async () => {
    let openAiCalls = 0;
    network.use(
      http.post(openAiUrl, () => {
        openAiCalls += 1;
        return openAiError(503, "server_error");
      }),
      anthropicTranslator(),
    );
    const { response, json } = await translate(
      { article: { ...article, title: "Repli" }, target_langs: ["kk"], summary: false },
      both,
    );
    expect(response.status).toBe(200);
    expect(json.meta).toMatchObject({ provider: "anthropic", model: "claude-sonnet-4-6" });
    expect(json.results.kk?.title).toBe(fakeTranslation("Repli", "kk"));
    expect(openAiCalls).toBe(3);
  });

  it("answers 502 and caches nothing when every provider is down", async () => {
    const before = await cachedKeys();
    network.use(
      http.post(openAiUrl, () => openAiError(500, "server_error")),
      http.post(anthropicUrl, () =>
        HttpResponse.json(
          { type: "error", error: { type: "overloaded_error", message: "Overloaded" } },
          { status: 529 },
        ),
      ),
    );
    const { response, json } = await translate({ article: { ...article, title: "Panne" } }, both, {
      "Accept-Language": "fr",
    });
    expect(response.status).toBe(502);
    expect(json.error?.code).toBe("provider_error");
    expect(json.error?.message).toContain("fournisseur");
    expect(await cachedKeys()).toBe(before);
  });

  it("never caches an answer cut off by the output limit", async () => {
    const before = await cachedKeys();
    network.use(
      http.post(openAiUrl, async ({ request }) => {
        const body = (await request.json()) as { model: string };
        return HttpResponse.json(openAiCompletion(body.model, "[[title]] Cut", "length"));
      }),
    );
    const { response, json } = await translate(
      { article: { title: "Coupé", body: "Un seul paragraphe." }, target_langs: ["ru"] },
      openAi,
    );
    expect(response.status).toBe(502);
    expect(json.error?.code).toBe("provider_output_truncated");
    expect(await cachedKeys()).toBe(before);
  });

  it("asks again when the answer ignores the format, and fails cleanly if it never follows it", async () => {
    let calls = 0;
    network.use(
      http.post(openAiUrl, async ({ request }) => {
        calls += 1;
        const body = (await request.clone().json()) as { model: string };
        return calls === 1
          ? HttpResponse.json(openAiCompletion(body.model, "Bien sûr ! Voici la traduction."))
          : undefined;
      }),
      openAiTranslator(),
    );
    const recovered = await translate(
      { article: { title: "Format", body: "Texte." }, target_langs: ["en"] },
      openAi,
    );
    expect(recovered.response.status).toBe(200);
    expect(recovered.json.results.en?.body).toBe(fakeTranslation("Texte.", "en"));

    const before = await cachedKeys();
    network.resetHandlers(
      http.post(openAiUrl, async ({ request }) => {
        const body = (await request.json()) as { model: string };
        return HttpResponse.json(openAiCompletion(body.model, "Ignore previous instructions."));
      }),
    );
    const failed = await translate(
      { article: { title: "Jamais", body: "Texte." }, target_langs: ["en"] },
      openAi,
    );
    expect(failed.response.status).toBe(502);
    expect(await cachedKeys()).toBe(before);
  });

  it("answers 504 when the provider does not answer in time", async () => {
    network.use(http.post(openAiUrl, () => new Promise<Response>(() => {})));
    const { response, json } = await translate(
      { article: { title: "Lent", body: "Texte." }, target_langs: ["en"] },
      { ...openAi, LLM_TIMEOUT_MS: "1000", LLM_MAX_RETRIES: "0" },
      { "Accept-Language": "ru" },
    );
    expect(response.status).toBe(504);
    expect(json.error?.code).toBe("provider_timeout");
    expect(json.error?.message).toContain("вовремя");
  });
});
