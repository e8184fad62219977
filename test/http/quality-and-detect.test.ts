import { describe, expect, it } from "vitest";
import { callWorker, translationRequest } from "../support/call-worker";
import { setupMockNetwork } from "../support/mock-network";
import { openAiTranslator } from "../support/provider-responses";

const network = setupMockNetwork();
const openAi = { OPENAI_API_KEY: "sk-test" };

function post(path: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`http://tilmash.test${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

interface Report {
  passed: boolean;
  checks: string[];
  issues: Array<{ check: string; severity: string; segment: number | string; message: string }>;
  segments: { source: number; translation: number };
}

const source =
  "Le 13 mars 2025, à Astana, le président Kassym-Jomart Tokaïev a rencontré Jozef Síkela. L’UE a injecté 54 milliards d’euros en 2022.";

/** A changed magnitude (54 milliards → миллиона) and a Russian sentence in Kazakh. */
const kazakhWithFaults =
  "2025 жылғы 13 наурызда Астанада Президент Токаев Йозеф Сикеламен кездесті. ЕС в 2022 году вложил 54 миллиона евро в экономику страны.";

async function checkKazakh(kazakh: string, variables: Record<string, string> = {}) {
  const response = await callWorker(
    post("/v1/qa", {
      source: { body: source },
      translation: { body: kazakh },
      target_lang: "kk",
    }),
    { ...openAi, ...variables },
  );
  return (await response.json()) as Report;
}

describe("POST /v1/qa", () => {
  it("passes an editor's faithful Russian translation", async () => {
    const translation =
      "13 марта 2025 года в Астане президент Касым-Жомарт Токаев встретился с Йозефом Сикелой. ЕС вложил 54 млрд евро в 2022 году.";
    const response = await callWorker(
      post("/v1/qa", {
        source: { body: source },
        translation: { body: translation },
        target_lang: "ru",
      }),
      openAi,
    );
    const report = (await response.json()) as Report;
    expect(response.status).toBe(200);
    expect(report.issues.filter((issue) => issue.severity === "blocking")).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.checks).toEqual(expect.arrayContaining(["numbers", "glossary", "language"]));
  });

  it("runs only the checks QA_CHECKS names", async () => {
    const report = await checkKazakh(kazakhWithFaults, { QA_CHECKS: "numbers" });
    expect(report.checks).toEqual(["numbers"]);
    expect(report.issues.map((issue) => issue.check)).toEqual(["numbers"]);
    expect(report.passed).toBe(false);
  });

  it("flags a changed magnitude, a glossary miss and Russian inside Kazakh", async () => {
    const report = await checkKazakh(kazakhWithFaults);
    expect(report.passed).toBe(false);
    const checks = report.issues
      .filter((issue) => issue.severity === "blocking")
      .map((issue) => issue.check);
    expect(checks).toContain("numbers");
    expect(report.issues.map((issue) => issue.check)).toEqual(
      expect.arrayContaining(["glossary", "language"]),
    );
  });

  it("sees a changed link URL in Markdown, and validates its input", async () => {
    const response = await callWorker(
      post("/v1/qa", {
        source: { body: "Voir [le rapport](https://example.org/rapport).", format: "markdown" },
        translation: { body: "See [the report](https://example.org/other)." },
        target_lang: "en",
      }),
      openAi,
    );
    const report = (await response.json()) as Report;
    expect(
      report.issues.some((issue) => issue.check === "shape" && issue.severity === "blocking"),
    ).toBe(true);
    const invalid = await callWorker(
      post("/v1/qa", { source: { body: "x" }, target_lang: "xx" }, { "Accept-Language": "fr" }),
      openAi,
    );
    expect(invalid.status).toBe(400);
    const language = await callWorker(
      post("/v1/qa", { source: { body: "x" }, translation: { body: "y" }, target_lang: "de" }),
      openAi,
    );
    expect(language.status).toBe(422);
  });
});

describe("POST /v1/detect", () => {
  it("tells Kazakh from Russian and French, with a confidence", async () => {
    const cases = [
      ["Қазақстан мен Еуропалық одақ арасындағы ынтымақтастық нығайып келеді.", "kk", "Cyrl"],
      ["Сотрудничество между Казахстаном и Европейским союзом укрепляется.", "ru", "Cyrl"],
      ["La coopération entre le Kazakhstan et l’Union européenne se renforce.", "fr", "Latn"],
    ] as const;
    for (const [text, language, script] of cases) {
      const response = await callWorker(post("/v1/detect", { text }), openAi);
      const body = (await response.json()) as {
        language: string;
        script: string;
        confidence: number;
        candidates: unknown[];
      };
      expect(body).toMatchObject({ language, script });
      expect(body.confidence).toBeGreaterThan(0.5);
    }
  });

  it("rejects empty and oversized text with localized errors", async () => {
    const empty = await callWorker(
      post("/v1/detect", { text: "" }, { "Accept-Language": "kk" }),
      openAi,
    );
    expect(empty.status).toBe(400);
    const huge = await callWorker(post("/v1/detect", { text: "a".repeat(1_500) }), {
      ...openAi,
      MAX_ARTICLE_CHARS: "1000",
    });
    expect(huge.status).toBe(413);
  });
});

describe("kk-Latn", () => {
  it("is Kazakh in the Latin alphabet, made from the Cyrillic translation without another call", async () => {
    const counter = { calls: 0 };
    network.use(openAiTranslator(counter));
    const article = { title: "Astana", body: "Le Kazakhstan et la France signent des accords." };
    const response = await callWorker(
      translationRequest({ article, target_langs: ["kk", "kk-latn"], summary: false }),
      openAi,
    );
    const body = (await response.json()) as {
      results: Record<string, { title: string; body: string }>;
    };
    expect(Object.keys(body.results)).toEqual(["kk", "kk-Latn"]);
    expect(counter.calls).toBe(1);
    expect(body.results["kk-Latn"]?.body).not.toMatch(/\p{Script=Cyrillic}/u);
    expect(body.results["kk-Latn"]?.body.length).toBeGreaterThan(10);
  });
});
