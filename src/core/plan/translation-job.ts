import type { TargetLanguage } from "../languages/languages";

/** The id of a unit in the prompt: `title` or the 1-based number of a body segment. */
export type UnitId = "title" | number;

/** One translation call: consecutive units of the article, in one language. */
export interface TranslationJob {
  readonly language: TargetLanguage;
  readonly unitIds: readonly UnitId[];
}

/** One summary call: bullets for several languages, and notes on the segments that need one. */
export interface SummaryJob {
  readonly languages: readonly TargetLanguage[];
  /** Segments to write a note on (the others are given by their cached note or their text). */
  readonly noteIds: readonly UnitId[];
  readonly bullets: number;
}
