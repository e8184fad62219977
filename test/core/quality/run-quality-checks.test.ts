import { describe, expect, it } from "vitest";
import {
  qaReportSchema,
  qualityCheckInputSchema,
  runQualityChecks,
} from "../../../src/core/quality";

const article = {
  title: "Le Kazakhstan investit 54 milliards d'euros",
  segments: [
    "Le 13 mars 2025, Kassym-Jomart Tokaïev a présenté le plan à Astana.",
    "Le budget atteindra 3,3 millions de dollars dès 2026, soit 1,5 % de plus.",
  ],
};

/** A Kazakh translation with a changed magnitude (title) and a Russian sentence (segment 1). */
const kazakhWithFaults = {
  title: "Қазақстан 54 млн еуро инвестициялайды",
  segments: [
    "2025 жылғы 13 наурызда Қасым-Жомарт Тоқаев Астанада жоспарды таныстырды.",
    "Бюджет уже в 2026 году достигнет 3,3 млн долларов, то есть на 1,5 % больше.",
  ],
};

describe("runQualityChecks", () => {
  it("passes a faithful Russian translation and reports the checks that ran", () => {
    const report = runQualityChecks({
      targetLanguage: "ru",
      source: article,
      translation: {
        title: "Казахстан инвестирует 54 млрд евро",
        segments: [
          "13 марта 2025 года Касым-Жомарт Токаев представил план в Астане.",
          "Бюджет достигнет 3,3 млн долларов уже в 2026 году, то есть на 1,5 % больше.",
        ],
        summary: ["Казахстан вложит 54 млрд евро.", "Бюджет вырастет на 1,5 %."],
      },
      glossary: [{ source: "Tokaïev", targets: { ru: "Токаев" } }],
    });
    expect(qaReportSchema.parse(report)).toEqual(report);
    expect(report).toEqual({
      passed: true,
      checks: [
        "shape",
        "length",
        "numbers",
        "glossary",
        "names",
        "script",
        "language",
        "untranslated",
      ],
      issues: [],
    });
  });

  it("fails on a blocking issue and orders issues title, segments, summary", () => {
    const report = runQualityChecks({
      targetLanguage: "kk",
      source: article,
      translation: {
        ...kazakhWithFaults,
        summary: ["Le Kazakhstan investit beaucoup dans son avenir énergétique."],
      },
    });
    expect(report.passed).toBe(false);
    expect(report.checks).not.toContain("glossary");
    expect(report.issues.map((issue) => [issue.segment, issue.check, issue.severity])).toEqual([
      ["title", "numbers", "blocking"],
      [1, "language", "blocking"],
      ["summary", "script", "blocking"],
      ["summary", "untranslated", "blocking"],
    ]);
    expect(report.issues[0]).toMatchObject({
      message: "number 54 milliards (5.4e10) missing or changed; found 54 млн",
      source_text: article.title,
      target_text: kazakhWithFaults.title,
      expected: "5.4e10",
    });
  });

  it("runs only the enabled checks, and none at all when none is enabled", () => {
    const input = {
      targetLanguage: "kk" as const,
      source: article,
      translation: kazakhWithFaults,
    };
    const numbersOnly = runQualityChecks({ ...input, enabledChecks: ["numbers"] });
    expect(numbersOnly.checks).toEqual(["numbers"]);
    expect(numbersOnly.issues.map((issue) => [issue.segment, issue.check])).toEqual([
      ["title", "numbers"],
    ]);
    const languageAndScript = runQualityChecks({ ...input, enabledChecks: ["script", "language"] });
    expect(languageAndScript.checks).toEqual(["script", "language"]);
    expect(languageAndScript.issues.map((issue) => [issue.segment, issue.check])).toEqual([
      [1, "language"],
    ]);
    expect(runQualityChecks({ ...input, enabledChecks: [] })).toEqual({
      passed: true,
      checks: [],
      issues: [],
    });
  });

  it("validates its input with the exported schema", () => {
    const input = {
      targetLanguage: "en",
      source: { title: null, segments: ["Bonjour."] },
      translation: { title: null, segments: ["Hello."] },
    };
    expect(qualityCheckInputSchema.parse(input)).toEqual(input);
    expect(qualityCheckInputSchema.safeParse({ ...input, targetLanguage: "de" }).success).toBe(
      false,
    );
  });

  it("checks a 40-segment article cleanly (its speed is measured by npm run bench, not here)", () => {
    const segments = Array.from({ length: 40 }, (_, index) => `${article.segments[index % 2]}`);
    const translated = Array.from({ length: 40 }, (_, index) =>
      index % 2 === 0
        ? "On 13 March 2025, Kassym-Jomart Tokayev presented the plan in Astana."
        : "The budget will reach $3.3 million from 2026, or 1.5% more.",
    );
    const input = {
      targetLanguage: "en" as const,
      source: { title: null, segments },
      translation: { title: null, segments: translated },
    };
    const report = runQualityChecks(input);
    expect(report.passed).toBe(true);
    expect(report.issues.filter((issue) => issue.severity === "blocking")).toEqual([]);
    expect(report.checks).not.toContain("language");
  });
});
