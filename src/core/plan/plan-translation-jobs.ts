import type { ArticleDocument } from "../article/article-document";
import type { TargetLanguage } from "../languages/languages";
import { allUnitIds, unitText } from "../prompt/build-translation-messages";
import type { TranslationJob, UnitId } from "./translation-job";

export interface PlanOptions {
  readonly summaryBullets: number;
  /** Source characters one call may carry; longer articles are cut between segments. */
  readonly maxSourceCharactersPerCall: number;
}

/**
 * One call per language when the article fits (translation and summary together);
 * otherwise consecutive batches of whole segments, plus one summary call.
 */
export function planTranslationJobs(
  document: ArticleDocument,
  language: TargetLanguage,
  options: PlanOptions,
): TranslationJob[] {
  const batches = batchUnits(document, options.maxSourceCharactersPerCall);
  if (batches.length === 1) {
    return [{ language, unitIds: batches[0] ?? [], summaryBullets: options.summaryBullets }];
  }
  const jobs: TranslationJob[] = batches.map((unitIds) => ({ language, unitIds, summaryBullets: 0 }));
  if (options.summaryBullets > 0) jobs.push({ language, unitIds: [], summaryBullets: options.summaryBullets });
  return jobs;
}

function batchUnits(document: ArticleDocument, maxCharacters: number): UnitId[][] {
  const batches: UnitId[][] = [[]];
  let size = 0;
  for (const unitId of allUnitIds(document)) {
    const length = unitText(document, unitId).length;
    const current = batches[batches.length - 1] ?? [];
    if (current.length > 0 && size + length > maxCharacters) {
      batches.push([unitId]);
      size = length;
    } else {
      current.push(unitId);
      size += length;
    }
  }
  return batches;
}

/** A job whose answer was cut off by the output limit, split in two; null when it cannot be. */
export function splitJob(job: TranslationJob): [TranslationJob, TranslationJob] | null {
  if (job.unitIds.length > 0 && job.summaryBullets > 0) {
    return [
      { ...job, summaryBullets: 0 },
      { ...job, unitIds: [] },
    ];
  }
  if (job.unitIds.length < 2) return null;
  const middle = Math.ceil(job.unitIds.length / 2);
  return [
    { ...job, unitIds: job.unitIds.slice(0, middle) },
    { ...job, unitIds: job.unitIds.slice(middle) },
  ];
}

/** Room for the answer: the expected length with a wide margin (reasoning models think first). */
export function estimateMaxOutputTokens(
  document: ArticleDocument,
  job: TranslationJob,
  ceiling: number,
): number {
  const sourceCharacters = job.unitIds.reduce<number>((sum, id) => sum + unitText(document, id).length, 0);
  const expected =
    sourceCharacters * job.language.outputTokensPerSourceCharacter + job.summaryBullets * 60 + 64;
  return Math.min(ceiling, Math.ceil(expected * 2) + 1024);
}
