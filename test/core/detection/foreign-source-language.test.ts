import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../../src/core/detection/detect-language";
import type { DetectionResult } from "../../../src/core/detection/detection-result";
import { foreignSourceLanguage } from "../../../src/core/detection/foreign-source-language";

const ntrex = new URL("../../../../shared/eval/ntrex/", import.meta.url);
const documents: { first_line: number; last_line: number }[] = JSON.parse(
  readFileSync(new URL("docs.json", ntrex), "utf8"),
).docs;

/** NTREX (the development set) documents in one language, as articles of one paragraph a line. */
function articlesIn(file: string): string[] {
  const lines = readFileSync(new URL(`${file}.txt`, ntrex), "utf8").split("\n");
  return documents.map((document) =>
    lines.slice(document.first_line - 1, document.last_line).join("\n"),
  );
}

const detect = (text: string) => detectLanguage(text);

describe("foreignSourceLanguage", () => {
  it("accepts every French NTREX document", () => {
    const refused = articlesIn("fra").filter((text) => foreignSourceLanguage(text, "fr", detect));
    expect(refused).toEqual([]);
  });

  it("names the language of English, Russian, Kazakh and German documents sent as French", () => {
    for (const [file, code] of [
      ["eng", "en"],
      ["rus", "ru"],
      ["kaz", "kk"],
      ["deu", "de"],
    ] as const) {
      const articles = articlesIn(file);
      const named = articles.map((text) => foreignSourceLanguage(text, "fr", detect)?.language);
      expect(named.filter((language) => language === code)).toHaveLength(articles.length);
    }
  });

  it("accepts a French article that opens with a long English quote", () => {
    const quote =
      "“We will never surrender, we will fight on the beaches, we will fight on the landing grounds, we will fight in the fields and in the streets.” ";
    const french =
      "Le Premier ministre britannique a prononcé ce discours le 4 juin 1940 devant la Chambre des communes, après l’évacuation de Dunkerque. ";
    expect(foreignSourceLanguage(quote.repeat(6) + french.repeat(20), "fr", detect)).toBe(
      undefined,
    );
  });

  it("accepts a text too short to tell", () => {
    expect(foreignSourceLanguage("The president said so.", "fr", detect)).toBe(undefined);
  });

  it("refuses only when every sample agrees with confidence", () => {
    const english = "The government announced new measures on Tuesday. ".repeat(80);
    const answer =
      (confidences: number[], languages = ["en", "en", "en"]) =>
      () => {
        const index = answers.calls++;
        return {
          language: languages[index] ?? "en",
          script: "Latn",
          confidence: confidences[index] ?? 1,
          candidates: [],
        } satisfies DetectionResult;
      };
    const answers = { calls: 0 };
    expect(foreignSourceLanguage(english, "fr", answer([1, 0.8, 1]))).toBe(undefined);
    answers.calls = 0;
    expect(foreignSourceLanguage(english, "fr", answer([1, 1, 1], ["en", "de", "en"]))).toBe(
      undefined,
    );
    answers.calls = 0;
    expect(foreignSourceLanguage(english, "fr", answer([1, 1, 1]))?.language).toBe("en");
    expect(answers.calls).toBe(3);
  });
});
