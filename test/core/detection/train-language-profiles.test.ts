import { describe, expect, it } from "vitest";
import { detectLanguageWithProfiles } from "../../../src/core/detection/detect-language";
import type { DetectionLanguage } from "../../../src/core/detection/detection-languages";
import {
  decodeLanguageProfiles,
  encodeLanguageProfiles,
} from "../../../src/core/detection/language-profile-format";
import { trainLanguageProfiles } from "../../../src/core/detection/train-language-profiles";

const languages: readonly DetectionLanguage[] = [
  { code: "fr", script: "Latn", englishName: "French" },
  { code: "en", script: "Latn", englishName: "English" },
  { code: "ru", script: "Cyrl", englishName: "Russian" },
  { code: "kk", script: "Cyrl", englishName: "Kazakh" },
];

const texts = new Map<string, string[]>([
  ["fr", ["le chat est sur la table", "les enfants jouent dans le jardin"]],
  ["en", ["the cat is on the table", "the children play in the garden"]],
  ["ru", ["кошка на столе", "дети играют в саду"]],
  ["kk", ["мысық үстелдің үстінде", "балалар бақшада ойнап жүр"]],
]);

describe("trainLanguageProfiles", () => {
  const tables = trainLanguageProfiles(languages, texts, { ngramsPerLanguage: 50, smoothing: 0.5 });

  it("builds one table per script with that script's languages", () => {
    expect(tables.Latn.languages).toEqual(["fr", "en"]);
    expect(tables.Cyrl.languages).toEqual(["ru", "kk"]);
    expect(tables.Cyrl.rows.some(([ngram]) => ngram === "ү")).toBe(true);
    expect(tables.Latn.rows.some(([ngram]) => ngram === "ү")).toBe(false);
  });

  it("gives each language a probability distribution over the vocabulary", () => {
    for (const table of [tables.Latn, tables.Cyrl]) {
      table.languages.forEach((_, column) => {
        const total = table.rows.reduce(
          (sum, [, values]) => sum + Math.exp(values[column] ?? 0),
          0,
        );
        expect(total).toBeCloseTo(1, 6);
      });
    }
  });

  it("limits the vocabulary to the most frequent n-grams of each language", () => {
    expect(tables.Latn.rows.length).toBeLessThanOrEqual(100);
    expect(tables.Cyrl.rows.length).toBeLessThanOrEqual(100);
  });

  it("trains profiles that tell the languages apart", () => {
    const profiles = decodeLanguageProfiles(encodeLanguageProfiles(tables, 1));
    expect(detectLanguageWithProfiles("the garden", profiles).language).toBe("en");
    expect(detectLanguageWithProfiles("le jardin", profiles).language).toBe("fr");
    expect(detectLanguageWithProfiles("үстінде", profiles).language).toBe("kk");
    expect(detectLanguageWithProfiles("в саду", profiles).language).toBe("ru");
  });
});
