import { describe, expect, it } from "vitest";
import { runQualityChecks } from "../../../src/core/quality";
import { issuesOf } from "./check-segment";

const source = {
  title: "Le chômage recule de 1,4 % en août 2016",
  segments: [
    "Pôle emploi a enregistré 50 200 inscrits de moins, selon les chiffres publiés le 24 septembre.",
    "L’Union européenne a injecté 54 milliards d’euros dans l’économie du Kazakhstan.",
  ],
};

function summaryIssues(language: "en" | "ru" | "kk", summary: string[]): string[] {
  const report = runQualityChecks({
    targetLanguage: language,
    source,
    translation: { title: "Title", segments: ["One.", "Two."], summary },
  });
  return issuesOf(report, "numbers").filter((line) => !line.includes("missing or changed"));
}

describe("numbers in the summary", () => {
  it.each([
    [
      "en",
      ["Unemployment fell by 1.4% in August 2016.", "50,200 fewer jobseekers by 24 September."],
    ],
    ["en", ["The EU put €54 billion into Kazakhstan's economy."]],
    ["ru", ["Безработица снизилась на 1,4 % в августе 2016 года.", "ЕС вложил 54 млрд евро."]],
    ["kk", ["Еуропалық одақ 54 миллиард еуро салды.", "50 200 адам азайды."]],
    ["en", ["Unemployment fell for two months."]],
  ] as const)("accepts numbers the article gives (%s)", (language, summary) => {
    expect(summaryIssues(language, [...summary])).toEqual([]);
  });

  it("warns about a number the article does not give, or gives with another magnitude", () => {
    expect(
      summaryIssues("en", ["Unemployment fell by 2.4% in August.", "The EU put €54 million in."]),
    ).toEqual([
      "warning: number 2.4 (2.4) in the summary is not in the article",
      "warning: number 54 million (5.4e7) in the summary is not in the article",
    ]);
    expect(summaryIssues("ru", ["Безработица снизилась на 1,4 % в 2017 году."])).toEqual([
      "warning: number 2017 (2017) in the summary is not in the article",
    ]);
  });

  it("reports a made-up number as a warning on the summary, and reads no summary when none came", () => {
    const translation = { title: "Title", segments: ["One.", "Two."] };
    const withSummary = runQualityChecks({
      targetLanguage: "en",
      source,
      translation: { ...translation, summary: ["A 99% rise."] },
    });
    expect(withSummary.issues.filter((issue) => issue.segment === "summary")).toEqual([
      expect.objectContaining({ check: "numbers", severity: "warning", segment: "summary" }),
    ]);
    const withoutSummary = runQualityChecks({ targetLanguage: "en", source, translation });
    expect(withoutSummary.issues.filter((issue) => issue.segment === "summary")).toEqual([]);
  });
});
