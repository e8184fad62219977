import type { ArticleDocument } from "../article/article-document";
import type { TargetLanguage } from "../languages/languages";
import { unitText } from "../prompt/unit-text";
import { estimateUnitOutputTokens } from "./estimate-tokens";
import type { TranslationJob, UnitId } from "./translation-job";

export interface TranslationPlanOptions {
  /** Connections free for translation calls (6 per request on Workers, less the summary's). */
  readonly connections: number;
  /** Below this many expected output tokens, another call costs more prompt than it saves time. */
  readonly minimumOutputTokensPerCall: number;
  readonly maxSourceCharactersPerCall: number;
}

interface LanguageWork {
  readonly language: TargetLanguage;
  readonly unitIds: readonly UnitId[];
  readonly weights: readonly number[];
  readonly total: number;
  calls: number;
}

/**
 * Spreads the missing units over the free connections so every call ends at about the same
 * time: each language gets calls in proportion to its expected output, and its units are cut
 * into that many consecutive runs of about equal output (never inside a segment).
 */
export function planTranslationJobs(
  document: ArticleDocument,
  missing: ReadonlyMap<TargetLanguage, readonly UnitId[]>,
  options: TranslationPlanOptions,
): TranslationJob[] {
  const work = [...missing]
    .filter(([, unitIds]) => unitIds.length > 0)
    .map(([language, unitIds]) => describeWork(document, language, unitIds));
  allocateCalls(work, options);
  return work.flatMap((item) =>
    partition(item, document, options.maxSourceCharactersPerCall).map((unitIds) => ({
      language: item.language,
      unitIds,
    })),
  );
}

function describeWork(
  document: ArticleDocument,
  language: TargetLanguage,
  unitIds: readonly UnitId[],
): LanguageWork {
  const weights = unitIds.map((unitId) => estimateUnitOutputTokens(document, unitId, language));
  return {
    language,
    unitIds,
    weights,
    total: weights.reduce((sum, weight) => sum + weight, 0),
    calls: 1,
  };
}

/** Gives each spare connection to the language whose calls are the longest. */
function allocateCalls(work: LanguageWork[], options: TranslationPlanOptions): void {
  let spare = options.connections - work.length;
  while (spare > 0) {
    const candidates = work.filter(
      (item) =>
        item.calls < item.unitIds.length &&
        item.total / (item.calls + 1) >= options.minimumOutputTokensPerCall,
    );
    const longest = candidates.sort((a, b) => b.total / b.calls - a.total / a.calls)[0];
    if (!longest) return;
    longest.calls += 1;
    spare -= 1;
  }
}

/** Consecutive runs whose largest output is as small as possible (binary search on the cap). */
function partition(
  item: LanguageWork,
  document: ArticleDocument,
  maxCharacters: number,
): UnitId[][] {
  let low = Math.max(...item.weights);
  let high = item.total;
  while (high - low > 1) {
    const middle = (low + high) / 2;
    if (packRuns(item, middle).length <= item.calls) high = middle;
    else low = middle;
  }
  const runs = packRuns(item, packRuns(item, low).length <= item.calls ? low : high);
  return runs.flatMap((run) => splitBySourceSize(run, document, maxCharacters));
}

function packRuns(item: LanguageWork, cap: number): UnitId[][] {
  const runs: UnitId[][] = [];
  let current: UnitId[] = [];
  let size = 0;
  item.unitIds.forEach((unitId, index) => {
    const weight = item.weights[index] ?? 0;
    if (current.length > 0 && size + weight > cap) {
      runs.push(current);
      current = [];
      size = 0;
    }
    current.push(unitId);
    size += weight;
  });
  if (current.length > 0) runs.push(current);
  return runs;
}

function splitBySourceSize(
  run: UnitId[],
  document: ArticleDocument,
  maxCharacters: number,
): UnitId[][] {
  const pieces: UnitId[][] = [[]];
  let size = 0;
  for (const unitId of run) {
    const length = unitText(document, unitId).length;
    const current = pieces[pieces.length - 1] ?? [];
    if (current.length > 0 && size + length > maxCharacters) {
      pieces.push([unitId]);
      size = length;
    } else {
      current.push(unitId);
      size += length;
    }
  }
  return pieces;
}

/** A job whose answer was cut off by the output limit, split in two; null when it cannot be. */
export function splitTranslationJob(job: TranslationJob): [TranslationJob, TranslationJob] | null {
  if (job.unitIds.length < 2) return null;
  const middle = Math.ceil(job.unitIds.length / 2);
  return [
    { ...job, unitIds: job.unitIds.slice(0, middle) },
    { ...job, unitIds: job.unitIds.slice(middle) },
  ];
}
