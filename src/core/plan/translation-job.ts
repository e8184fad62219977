import type { TargetLanguage } from "../languages/languages";

/** The id of a unit in the prompt: `title` or the 1-based number of a body segment. */
export type UnitId = "title" | number;

/** One unit of a translation call and the languages it is wanted in. */
export interface JobUnit {
  readonly id: UnitId;
  /** A subset of the job's languages, in the job's order. */
  readonly languageCodes: readonly string[];
}

/**
 * One translation call: consecutive units of the article, each sent once and translated into
 * one or more languages, so a segment's source is read once per call, not once per language.
 */
export interface TranslationJob {
  /** Every language the call writes, in the order the answer gives them. */
  readonly languages: readonly TargetLanguage[];
  readonly units: readonly JobUnit[];
}

/** One summary call: bullets for several languages, and notes on the segments that need one. */
export interface SummaryJob {
  readonly languages: readonly TargetLanguage[];
  /** Segments to write a note on (the others are given by their cached note or their text). */
  readonly noteIds: readonly UnitId[];
  readonly bullets: number;
}

/** A job for one language only (a repair, or a call that needs no other language). */
export function singleLanguageJob(
  language: TargetLanguage,
  unitIds: readonly UnitId[],
): TranslationJob {
  return {
    languages: [language],
    units: unitIds.map((id) => ({ id, languageCodes: [language.code] })),
  };
}

/** Each (unit, language) pair the job asks for. */
export function jobPairs(
  job: TranslationJob,
): Array<{ readonly unitId: UnitId; readonly language: TargetLanguage }> {
  return job.languages.flatMap((language) =>
    job.units
      .filter((unit) => unit.languageCodes.includes(language.code))
      .map((unit) => ({ unitId: unit.id, language })),
  );
}
