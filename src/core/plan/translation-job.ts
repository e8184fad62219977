import type { TargetLanguage } from "../languages/languages";

/** The id of a unit in the prompt: `title` or the 1-based number of a body segment. */
export type UnitId = "title" | number;

/** One model call: some units of the article, in one language, maybe with the summary. */
export interface TranslationJob {
  readonly language: TargetLanguage;
  readonly unitIds: readonly UnitId[];
  /** 0 when this call does not write the summary. */
  readonly summaryBullets: number;
}

export function describeTask(job: TranslationJob): string {
  if (job.unitIds.length === 0) return "summarize";
  return job.summaryBullets > 0 ? "translate and summarize" : "translate";
}
