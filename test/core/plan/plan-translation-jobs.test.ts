import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/core/article/parse-article";
import { findTargetLanguage, type TargetLanguage } from "../../../src/core/languages/languages";
import { estimateUnitOutputTokens } from "../../../src/core/plan/estimate-tokens";
import {
  planTranslationJobs,
  splitTranslationJob,
} from "../../../src/core/plan/plan-translation-jobs";
import { jobPairs, type UnitId } from "../../../src/core/plan/translation-job";
import { allUnitIds } from "../../../src/core/prompt/unit-text";

const [en, kk, ru] = ["en", "kk", "ru"].map((code) => findTargetLanguage(code) as TargetLanguage);
const languages = [en, kk, ru] as TargetLanguage[];

const paragraph = (index: number) =>
  `Le paragraphe ${index} raconte une histoire assez longue pour peser dans le plan, avec des chiffres comme ${index * 7} millions d'euros et des noms.`;
const document = parseArticle({
  title: "Un titre",
  body: Array.from({ length: 30 }, (_value, index) => paragraph(index + 1)).join("\n\n"),
  format: "text",
});
const everything = new Map(languages.map((language) => [language, allUnitIds(document)]));
const options = {
  connections: 6,
  reservedOutputTokens: 0,
  minimumOutputTokensPerCall: 250,
  maxSourceCharactersPerCall: 12_000,
};

function expectedOutput(pairs: ReturnType<typeof jobPairs>): number {
  return pairs.reduce(
    (sum, pair) => sum + estimateUnitOutputTokens(document, pair.unitId, pair.language),
    0,
  );
}

describe("planTranslationJobs", () => {
  it("asks for every missing (segment, language) pair exactly once", () => {
    const jobs = planTranslationJobs(document, everything, options);
    const asked = jobs.flatMap(jobPairs).map((pair) => `${pair.unitId} ${pair.language.code}`);
    expect(asked).toHaveLength(31 * 3);
    expect(new Set(asked).size).toBe(31 * 3);
  });

  it("sends each segment to one call, in all its languages, except where a cut falls", () => {
    const jobs = planTranslationJobs(document, everything, options);
    expect(jobs).toHaveLength(6);
    const sent = jobs.flatMap((job) => job.units.map((unit) => unit.id));
    expect(sent.length).toBeLessThanOrEqual(31 + jobs.length - 1);
    for (const job of jobs) {
      expect(job.languages.map((language) => language.code)).toEqual(
        expect.arrayContaining([...new Set(job.units.flatMap((unit) => unit.languageCodes))]),
      );
    }
  });

  it("balances the calls' expected output", () => {
    const jobs = planTranslationJobs(document, everything, options);
    const outputs = jobs.map((job) => expectedOutput(jobPairs(job)));
    const mean = outputs.reduce((sum, output) => sum + output, 0) / outputs.length;
    expect(Math.max(...outputs) / mean).toBeLessThan(1.1);
  });

  it("keeps the last call short by the reserved output when every connection is taken", () => {
    const reserved = 300;
    const jobs = planTranslationJobs(document, everything, {
      ...options,
      reservedOutputTokens: reserved,
    });
    const outputs = jobs.map((job) => expectedOutput(jobPairs(job)));
    const longest = Math.max(...outputs);
    expect(outputs.at(-1)).toBeLessThanOrEqual(longest - reserved + 1);
  });

  it("makes one call for one edited segment in every language", () => {
    const missing = new Map<TargetLanguage, UnitId[]>(languages.map((language) => [language, [7]]));
    const jobs = planTranslationJobs(document, missing, options);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.units).toEqual([{ id: 7, languageCodes: ["en", "kk", "ru"] }]);
  });

  it("plans nothing when nothing is missing", () => {
    expect(planTranslationJobs(document, new Map([[en as TargetLanguage, []]]), options)).toEqual(
      [],
    );
  });

  it("never puts more source than the limit into one call", () => {
    const jobs = planTranslationJobs(document, everything, {
      ...options,
      connections: 1,
      maxSourceCharactersPerCall: 600,
    });
    expect(jobs.length).toBeGreaterThan(5);
  });
});

describe("splitTranslationJob", () => {
  it("splits by units, then a single unit by languages", () => {
    const [job] = planTranslationJobs(document, everything, { ...options, connections: 1 });
    if (!job) throw new Error("no job");
    const halves = splitTranslationJob(job);
    expect(halves?.map((half) => half.units.length)).toEqual([16, 15]);
    const single = { languages, units: [{ id: 3 as UnitId, languageCodes: ["en", "kk", "ru"] }] };
    const byLanguage = splitTranslationJob(single);
    expect(byLanguage?.map((half) => half.units[0]?.languageCodes)).toEqual([["en", "kk"], ["ru"]]);
    expect(byLanguage?.[1]?.languages.map((language) => language.code)).toEqual(["ru"]);
    expect(
      splitTranslationJob({
        languages: [en as TargetLanguage],
        units: [{ id: 3, languageCodes: ["en"] }],
      }),
    ).toBeNull();
  });
});
