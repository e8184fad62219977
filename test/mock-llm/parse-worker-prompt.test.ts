import { describe, expect, it } from "vitest";
import { composeAnswer } from "../../mock-llm/compose-answer";
import { composeTranslationAnswer } from "../../mock-llm/compose-translation-answer";
import { parseWorkerPrompt } from "../../mock-llm/parse-worker-prompt";
import { sampleGlossary, sampleSegments } from "./support/sample-segments";
import { summaryPrompt } from "./support/summary-prompt";
import { translationPrompt } from "./support/translation-prompt";

const bodySegments = sampleSegments.slice(1);

describe("parseWorkerPrompt, translation calls", () => {
  it("reads the code, the headline, the glossary's forms and the segments", () => {
    const prompt = translationPrompt({
      code: "kk",
      segments: bodySegments,
      headline: "Le titre, pour le contexte",
      glossary: sampleGlossary,
    });
    const parsed = parseWorkerPrompt(prompt.user);
    if (parsed?.kind !== "translation") throw new Error("not a translation prompt");
    expect(parsed.targetCodes).toEqual(["kk"]);
    expect(parsed.headline).toBe("Le titre, pour le contexte");
    expect(parsed.glossary).toEqual([
      { source: "Premier ministre", forms: new Map([["kk", "Премьер-министр"]]) },
      { source: "Insee", forms: new Map([["kk", "Insee"]]) },
    ]);
    expect(parsed.segments.map((segment) => segment.id)).toEqual(["1", "2", "3", "4"]);
    expect(parsed.segments[1]?.text).toBe(sampleSegments[2]?.[1]);
  });

  it("has no headline when the title is among the segments", () => {
    const parsed = parseWorkerPrompt(
      translationPrompt({ code: "ru", segments: sampleSegments }).user,
    );
    expect(parsed).toMatchObject({ kind: "translation", targetCodes: ["ru"], headline: undefined });
  });

  it("is not fooled by the system rules that mention <article> inline", () => {
    const prompt = translationPrompt({ code: "ru", segments: sampleSegments });
    const parsed = parseWorkerPrompt(`${prompt.system}\n${prompt.user}`);
    expect(parsed?.kind).toBe("translation");
    expect(parsed?.segments).toHaveLength(5);
  });

  it("reads several languages and the segments wanted in some of them only", () => {
    const parsed = parseWorkerPrompt(
      translationPrompt({
        code: "en, kk, ru",
        segments: [
          ["1 ru", "Un."],
          ["2", "Deux."],
          ["3 en kk", "Trois."],
        ],
      }).user,
    );
    if (parsed?.kind !== "translation") throw new Error("not a translation prompt");
    expect(parsed.targetCodes).toEqual(["en", "kk", "ru"]);
    expect(parsed.segments.map((segment) => [segment.id, segment.languageCodes])).toEqual([
      ["1", ["ru"]],
      ["2", ["en", "kk", "ru"]],
      ["3", ["en", "kk"]],
    ]);
    expect(
      composeTranslationAnswer(parsed)
        .split("\n")
        .map((line) => line.split("]]")[0]),
    ).toEqual(["[[2 en", "[[3 en", "[[2 kk", "[[3 kk", "[[1 ru", "[[2 ru", "[[end"]);
  });

  it("keeps an article line that looks like a closing tag inside the article", () => {
    const lines = ["Language: en", "<article>", "[[1]] A", "</article>", "[[2]] B", "</article>"];
    const text = lines.join("\r\n");
    expect(parseWorkerPrompt(text)?.segments.map((segment) => segment.id)).toEqual(["1", "2"]);
  });
});

describe("parseWorkerPrompt, summary calls", () => {
  const segments = [
    ...sampleSegments.slice(0, 2),
    ["2 en", "[ENG] Unemployment reaches 7.4% in the first quarter."] as const,
    ...sampleSegments.slice(3),
  ];

  it("reads the note ids, languages, bullet count and the note lines", () => {
    const prompt = summaryPrompt({
      noteIds: ["1", "4"],
      codes: ["en", "kk", "ru"],
      bullets: 5,
      segments,
      glossary: sampleGlossary,
    });
    const parsed = parseWorkerPrompt(prompt.user);
    if (parsed?.kind !== "summary") throw new Error("not a summary prompt");
    expect(parsed.noteIds).toEqual(["1", "4"]);
    expect(parsed.languageCodes).toEqual(["en", "kk", "ru"]);
    expect(parsed.bullets).toBe(5);
    expect(parsed.segments.map((segment) => segment.id)).toEqual(["title", "1", "2", "3", "4"]);
    expect(parsed.segments[2]).toEqual({
      id: "2",
      markerCodes: ["en"],
      text: "[ENG] Unemployment reaches 7.4% in the first quarter.",
      isNote: true,
    });
    expect(parsed.segments[1]?.isNote).toBe(false);
  });

  it("writes the glossary's forms in notes and bullets, for one language or several", () => {
    const segments = [["1", "Le Premier ministre a parlé à l’Insee. Fin."]] as const;
    for (const [codes, glossary] of [
      [["ru"], "Glossary: use these forms.\n- Premier ministre → Премьер-министр\n\n"],
      [
        ["en", "ru"],
        "Glossary: use these forms.\n- Premier ministre → en: Prime Minister; ru: Премьер-министр\n\n",
      ],
    ] as const) {
      const prompt = summaryPrompt({ noteIds: ["1"], codes, bullets: 1, segments, glossary });
      const answer = composeAnswer(prompt.user, parseWorkerPrompt(prompt.user), "well-formed");
      expect(answer).toMatch(/^- \[RUS\] Ле Премьер-министр /m);
      if (codes.length > 1) expect(answer).toMatch(/^\[\[1\]\] \[ENG\] The Prime Minister /m);
    }
  });

  it("reads `Notes: none` and codes as written, also with the system text in the same message", () => {
    const prompt = summaryPrompt({ noteIds: [], codes: ["kk", "kk-Latn"], bullets: 3, segments });
    const parsed = parseWorkerPrompt(`${prompt.system}\n\n${prompt.user}`);
    const languageCodes = ["kk", "kk-Latn"];
    expect(parsed).toMatchObject({ kind: "summary", noteIds: [], languageCodes });
    expect(parsed?.segments).toHaveLength(5);
  });
});

describe("parseWorkerPrompt, other prompts", () => {
  it("returns undefined for other prompts, the old prompt format included", () => {
    expect(parseWorkerPrompt("Translate this: bonjour")).toBeUndefined();
    expect(parseWorkerPrompt("Language: kk\nno article")).toBeUndefined();
    const old = "Target language code: kk\nSummary bullets: 2\n<article>\n[[1]] Texte\n</article>";
    expect(parseWorkerPrompt(old)).toBeUndefined();
  });
});
