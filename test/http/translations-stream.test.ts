import { describe, expect, it } from "vitest";
import { callWorker, translationRequest } from "../support/call-worker";
import { fakeTranslation } from "../support/fake-language-model";
import { setupMockNetwork } from "../support/mock-network";
import { streamingTranslators } from "../support/streaming-responses";

const network = setupMockNetwork();

interface ServerSentEvent {
  event: string;
  data: Record<string, unknown>;
}

async function readEvents(response: Response): Promise<ServerSentEvent[]> {
  const text = await response.text();
  return text
    .split("\n\n")
    .filter((block) => block.trim() !== "")
    .map((block) => {
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? "message";
      const data = block
        .split("\n")
        .filter((line) => line.startsWith("data: "))
        .map((line) => line.slice(6))
        .join("\n");
      return { event, data: JSON.parse(data) as Record<string, unknown> };
    });
}

const article = {
  title: "Le Kazakhstan et l’Europe",
  body: "## Énergie\n\nEDF et [Orano](https://www.orano.group/fr) suivent l’uranium.\n\nUn second paragraphe.",
  format: "markdown",
};
const stream = { Accept: "text/event-stream" };

describe("POST /v1/translations as server-sent events", () => {
  for (const provider of ["openai", "anthropic"]) {
    it(`streams segments with ${provider}'s streaming shape, and ends with the JSON body`, async () => {
      const seen = { streamed: 0 };
      network.use(...streamingTranslators(seen));
      const variables = {
        OPENAI_API_KEY: "sk-test",
        ANTHROPIC_API_KEY: "sk-ant-test",
        LLM_PROVIDERS: provider,
      };
      const body = {
        article: { ...article, title: `${article.title} (${provider})` },
        target_langs: ["en", "kk"],
        summary: { bullets: 2 },
      };
      const response = await callWorker(translationRequest(body, stream), variables);
      expect(response.headers.get("Content-Type")).toContain("text/event-stream");
      const events = await readEvents(response);
      expect(seen.streamed).toBe(1); // one call writes both languages

      const segments = events
        .filter((event) => event.event === "segment")
        .map((event) => event.data);
      expect(segments).toContainEqual({
        language: "kk",
        index: "title",
        text: fakeTranslation(body.article.title, "kk"),
      });
      const link = fakeTranslation("EDF et [Orano](⟦1⟧) suivent l’uranium.", "en").replace(
        "⟦1⟧",
        "https://www.orano.group/fr",
      );
      expect(segments).toContainEqual({ language: "en", index: 1, text: link });
      expect(
        events
          .filter((event) => event.event === "language")
          .map((event) => event.data.language)
          .sort(),
      ).toEqual(["en", "kk"]);
      for (const language of ["en", "kk"]) {
        const summary = events.findIndex(
          (event) => event.event === "summary" && event.data.language === language,
        );
        const complete = events.findIndex(
          (event) => event.event === "language" && event.data.language === language,
        );
        expect(summary).toBeGreaterThan(-1);
        expect(summary).toBeLessThan(complete);
        expect(events[summary]?.data.bullets).toHaveLength(2);
      }
      const done = events.at(-1);
      expect(done?.event).toBe("done");

      const plain = await callWorker(translationRequest(body, { "Cache-Control": "no-cache" }), {
        ...variables,
        LLM_PROVIDERS: "openai",
      });
      const json = (await plain.json()) as { results: unknown };
      const streamed = done?.data as { results: unknown; meta: { provider: string } };
      expect(streamed.results).toEqual(json.results);
      expect(streamed.meta.provider).toBe(provider);
    });
  }

  it("streams kk-Latn as it comes, transliterated, and nothing of the Kazakh it was not asked for", async () => {
    network.use(...streamingTranslators());
    const body = {
      article: { title: "Le Kazakhstan en alphabet latin", body: "Un paragraphe." },
      target_langs: ["kk-Latn"],
      summary: { bullets: 1 },
    };
    const events = await readEvents(
      await callWorker(translationRequest(body, stream), { OPENAI_API_KEY: "sk-test" }),
    );
    const languages = new Set(
      events.filter((event) => event.event !== "done").map((event) => event.data.language),
    );
    expect(languages).toEqual(new Set(["kk-Latn"]));
    const segments = events.filter((event) => event.event === "segment").map((event) => event.data);
    expect(segments.length).toBeGreaterThan(0);
    for (const segment of segments) expect(segment.text).not.toMatch(/\p{Script=Cyrillic}/u);
    expect(events.map((event) => event.event).slice(-3)).toEqual(["summary", "language", "done"]);
    const done = events.at(-1)?.data as { results: Record<string, { summary: string[] }> };
    expect(events.at(-3)?.data.bullets).toEqual(done.results["kk-Latn"]?.summary);
  });

  it("shares one generation between identical concurrent streams, each hearing every event", async () => {
    const seen = { streamed: 0 };
    network.use(...streamingTranslators(seen));
    const variables = { OPENAI_API_KEY: "sk-test" };
    const body = {
      article: { ...article, title: "Deux lecteurs du même flux" },
      target_langs: ["en", "kk"],
      summary: false,
    };
    const read = async () =>
      readEvents(await callWorker(translationRequest(body, stream), variables));
    const [first, second] = await Promise.all([read(), read()]);
    expect(seen.streamed).toBe(1);
    for (const events of [first, second]) {
      expect(events.filter((event) => event.event === "segment").length).toBeGreaterThan(0);
      expect(events.filter((event) => event.event === "language")).toHaveLength(2);
      expect(events.at(-1)?.event).toBe("done");
    }
    const results = (events: ServerSentEvent[]) =>
      (events.at(-1)?.data as { results?: unknown } | undefined)?.results;
    expect(results(second)).toEqual(results(first));
  });

  it("serves a cached translation as language events, and reports failures as an error event", async () => {
    network.use(...streamingTranslators());
    const variables = { OPENAI_API_KEY: "sk-test" };
    const body = { article: { title: "Caché", body: "Un paragraphe." }, target_langs: ["ru"] };
    await callWorker(translationRequest(body), variables);
    const cached = await readEvents(await callWorker(translationRequest(body, stream), variables));
    expect(cached.map((event) => event.event)).toEqual(["summary", "language", "done"]);
    expect(cached[1]?.data).toMatchObject({
      language: "ru",
      cache: "hit",
      title: fakeTranslation("Caché", "ru"),
    });

    const failing = await callWorker(
      translationRequest(
        { article: { title: "Panne", body: "Texte." }, target_langs: ["ru"] },
        { ...stream, "Accept-Language": "fr" },
      ),
      {
        ANTHROPIC_API_KEY: "sk-ant-test",
        LLM_PROVIDERS: "anthropic",
        ANTHROPIC_BASE_URL: "https://down.example.test",
        LLM_MAX_RETRIES: "0",
      },
    );
    const events = await readEvents(failing);
    expect(events.at(-1)?.event).toBe("error");
    expect(events.at(-1)?.data).toMatchObject({
      error: { code: "provider_error", status: 502, details: { provider: "anthropic" } },
    });
  });
});
