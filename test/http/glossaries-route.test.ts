import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import seedBody from "../../../shared/samples/kazakhstan-ue-france.txt?raw";
import { callWorker, translationRequest } from "../support/call-worker";
import { answerInFormat } from "../support/fake-language-model";
import { setupMockNetwork } from "../support/mock-network";
import { openAiCompletion, openAiUrl, toGenerateRequest } from "../support/provider-responses";

const network = setupMockNetwork();
const keys = { OPENAI_API_KEY: "sk-test", API_KEYS: "newsroom-a,newsroom-b" };
const asA = { Authorization: "Bearer newsroom-a" };
const asB = { Authorization: "Bearer newsroom-b" };

function glossaryRequest(
  method: string,
  name: string,
  headers: Record<string, string>,
  body?: unknown,
): Request {
  return new Request(`http://tilmash.test/v1/glossaries/${name}`, {
    method,
    headers: { "Content-Type": "application/json", ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

const entries = [
  { source: "Tokaïev", targets: { en: "Tokayev", ru: "Токаев", kk: "Тоқаев" } },
  { source: "Global Gateway", do_not_translate: true },
];

describe("glossaries", () => {
  it("stores, reads, versions and deletes a glossary, per client", async () => {
    const put = await callWorker(glossaryRequest("PUT", "politique", asA, { entries }), keys);
    expect(put.status).toBe(200);
    const stored = (await put.json()) as { version: string; entries: unknown[] };
    expect(stored.entries).toHaveLength(2);

    const read = await callWorker(glossaryRequest("GET", "politique", asA), keys);
    expect(((await read.json()) as { version: string }).version).toBe(stored.version);
    expect((await callWorker(glossaryRequest("GET", "politique", asB), keys)).status).toBe(404);

    const edited = await callWorker(
      glossaryRequest("PUT", "politique", asA, { entries: entries.slice(0, 1) }),
      keys,
    );
    expect(((await edited.json()) as { version: string }).version).not.toBe(stored.version);

    const list = await callWorker(
      new Request("http://tilmash.test/v1/glossaries", { headers: asA }),
      keys,
    );
    const names = ((await list.json()) as { glossaries: Array<{ name: string }> }).glossaries.map(
      (g) => g.name,
    );
    expect(names).toEqual(["default", "politique"]);

    expect((await callWorker(glossaryRequest("DELETE", "politique", asA), keys)).status).toBe(204);
    expect((await callWorker(glossaryRequest("DELETE", "politique", asA), keys)).status).toBe(404);
  });

  it("rejects empty, conflicting entries and bad names with field paths, and protects the default", async () => {
    const conflicting = await callWorker(
      glossaryRequest(
        "PUT",
        "x",
        { ...asA, "Accept-Language": "fr" },
        {
          entries: [
            { source: "BERD", targets: { en: "EBRD" } },
            { source: "berd", targets: { en: "EBDR" } },
            { source: " ", targets: { en: "x" } },
            { source: "Vide", targets: {} },
          ],
        },
      ),
      keys,
    );
    expect(conflicting.status).toBe(400);
    const error = (
      (await conflicting.json()) as { error: { code: string; details: Array<{ path: string }> } }
    ).error;
    expect(error.code).toBe("invalid_request");
    expect(error.details.map((detail) => detail.path)).toEqual(
      expect.arrayContaining(["entries.1.source", "entries.2.source", "entries.3.targets"]),
    );
    expect(
      (await callWorker(glossaryRequest("PUT", "Bad Name!", asA, { entries }), keys)).status,
    ).toBe(400);
    expect(
      (await callWorker(glossaryRequest("PUT", "default", asA, { entries }), keys)).status,
    ).toBe(409);
    const builtIn = (await (
      await callWorker(glossaryRequest("GET", "default", asA), keys)
    ).json()) as { entries: unknown[]; read_only: boolean };
    expect(builtIn.read_only).toBe(true);
    expect(builtIn.entries.length).toBeGreaterThan(20);
  });

  it("sends the article's glossary terms to the model and re-translates only when they change", async () => {
    const prompts: string[] = [];
    network.use(
      http.post(openAiUrl, async ({ request }) => {
        const body = (await request.json()) as Parameters<typeof toGenerateRequest>[0];
        const generate = toGenerateRequest(body);
        const user = generate.messages.at(-1)?.content ?? "";
        if (user.startsWith("Languages:")) prompts.push(user);
        return HttpResponse.json(openAiCompletion(body.model, answerInFormat(generate)));
      }),
    );
    await callWorker(glossaryRequest("PUT", "terms", asA, { entries }), keys);
    const article = { title: "Visite", body: "Le président Tokaïev a rencontré la BERD à Astana." };
    const translate = () =>
      callWorker(
        translationRequest({ article, target_langs: ["kk"], glossary: "terms" }, asA),
        keys,
      );

    const first = (await (await translate()).json()) as { meta: { cache: string } };
    expect(first.meta.cache).toBe("miss");
    expect(prompts[0]).toContain("- Tokaïev → Тоқаев");
    expect(prompts[0]).toContain("- BERD → ЕҚДБ");
    expect(prompts[0]).not.toContain("Global Gateway");

    await callWorker(
      glossaryRequest("PUT", "terms", asA, {
        entries: [...entries, { source: "Orano", do_not_translate: true }],
      }),
      keys,
    );
    expect(((await (await translate()).json()) as { meta: { cache: string } }).meta.cache).toBe(
      "hit",
    );

    await callWorker(
      glossaryRequest("PUT", "terms", asA, {
        entries: [{ source: "Tokaïev", targets: { kk: "Токаев" } }],
      }),
      keys,
    );
    const edited = (await (await translate()).json()) as {
      meta: { cache: string; segments: { hit: number; missed: number } };
    };
    expect(edited.meta.cache).toBe("partial");
    expect(edited.meta.segments).toEqual({ hit: 1, missed: 1 }); // the title has no glossary term
    expect(prompts.at(-1)).toContain("- Tokaïev → Токаев");
    expect(prompts.at(-1)).not.toContain("[[title]]");

    const missing = await callWorker(translationRequest({ article, glossary: "nope" }, asA), keys);
    expect(missing.status).toBe(404);
  });

  it("applies the default glossary to the seed article and checks the result against it", async () => {
    const prompts: string[] = [];
    network.use(
      http.post(openAiUrl, async ({ request }) => {
        const body = (await request.json()) as Parameters<typeof toGenerateRequest>[0];
        const generate = toGenerateRequest(body);
        prompts.push(generate.messages.at(-1)?.content ?? "");
        return HttpResponse.json(openAiCompletion(body.model, answerInFormat(generate)));
      }),
    );
    const article = { title: "Kazakhstan – Union européenne – France", body: seedBody };
    const response = await callWorker(
      translationRequest({ article, target_langs: ["kk"] }, asA),
      keys,
    );
    const body = (await response.json()) as {
      results: { kk: { qa: { checks: string[]; issues: Array<{ check: string }> } } };
    };
    const translationPrompts = prompts
      .filter((prompt) => prompt.startsWith("Languages: kk"))
      .join("\n");
    expect(translationPrompts).toContain("- Kassym-Jomart Tokaïev → Қасым-Жомарт Тоқаев");
    expect(translationPrompts).toContain(
      "- Banque européenne pour la reconstruction et le développement → Еуропа қайта құру және даму банкі",
    );
    expect(translationPrompts).toMatch(/- Keep as is: .*Global Gateway/);
    expect(prompts.find((prompt) => prompt.startsWith("Notes:"))).toContain("Тоқаев");
    expect(body.results.kk.qa.checks).toContain("glossary");
    // The mock writes the forms its prompt asks for, so the check finds every term in place.
    expect(body.results.kk.qa.issues.filter((issue) => issue.check === "glossary")).toEqual([]);
  });
});
