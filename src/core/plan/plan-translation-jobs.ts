import type { ArticleDocument } from "../article/article-document";
import type { TargetLanguage } from "../languages/languages";
import { allUnitIds, unitText } from "../prompt/unit-text";
import { estimateUnitOutputTokens } from "./estimate-tokens";
import type { JobUnit, TranslationJob, UnitId } from "./translation-job";

export interface TranslationPlanOptions {
  /** Simultaneous connections (6 per request on Workers). */
  readonly connections: number;
  /**
   * Expected output of a call that follows the translations on one connection (the summary);
   * 0 when there is none.
   */
  readonly reservedOutputTokens: number;
  /** Below this many expected output tokens, another call costs more prompt than it saves time. */
  readonly minimumOutputTokensPerCall: number;
  readonly maxSourceCharactersPerCall: number;
}

/** One segment wanted in one language, with its expected output. */
interface Pair {
  readonly unitId: UnitId;
  readonly language: TargetLanguage;
  readonly weight: number;
}

/**
 * Lays every missing (segment, language) pair out in article order, all of a segment's
 * languages together, and cuts that line into runs of about equal output, one per connection.
 * A call then reads each of its segments once and writes them in every language it holds:
 * input stays near one read of the article, while the calls end at about the same time.
 * When every connection is busy, the last run is shorter by the reserved output, so the
 * summary call that is queued behind it ends with the others.
 */
export function planTranslationJobs(
  document: ArticleDocument,
  missing: ReadonlyMap<TargetLanguage, readonly UnitId[]>,
  options: TranslationPlanOptions,
): TranslationJob[] {
  const pairs = missingPairs(document, missing);
  if (pairs.length === 0) return [];
  const total = pairs.reduce((sum, pair) => sum + pair.weight, 0);
  // More calls than segments would send a segment's source once per language again.
  const segments = new Set(pairs.map((pair) => pair.unitId)).size;
  const calls = Math.max(
    1,
    Math.min(options.connections, segments, Math.floor(total / options.minimumOutputTokensPerCall)),
  );
  const sharesConnection = options.reservedOutputTokens > 0 && calls === options.connections;
  const lastRunShortfall = sharesConnection ? options.reservedOutputTokens : 0;
  const languageOrder = [...missing.keys()];
  return cutIntoRuns(pairs, calls, lastRunShortfall).flatMap((run) =>
    splitBySourceSize(toJob(run, languageOrder), document, options.maxSourceCharactersPerCall),
  );
}

function missingPairs(
  document: ArticleDocument,
  missing: ReadonlyMap<TargetLanguage, readonly UnitId[]>,
): Pair[] {
  const wanted = [...missing].map(([language, unitIds]) => ({ language, ids: new Set(unitIds) }));
  return allUnitIds(document).flatMap((unitId) =>
    wanted
      .filter(({ ids }) => ids.has(unitId))
      .map(({ language }) => ({
        unitId,
        language,
        weight: estimateUnitOutputTokens(document, unitId, language),
      })),
  );
}

/**
 * At most `calls` consecutive runs whose largest output is as small as possible (binary search
 * on the cap); when there are `calls` runs, the last one stays `shortfall` below the cap.
 */
function cutIntoRuns(pairs: readonly Pair[], calls: number, shortfall: number): Pair[][] {
  const fits = (cap: number) => {
    const runs = packRuns(pairs, cap);
    if (runs.length < calls) return true;
    return runs.length === calls && weightOf(runs.at(-1) ?? []) <= cap - shortfall;
  };
  let low = Math.max(...pairs.map((pair) => pair.weight));
  let high = weightOf(pairs) + shortfall;
  while (high - low > 1) {
    const middle = (low + high) / 2;
    if (fits(middle)) high = middle;
    else low = middle;
  }
  return packRuns(pairs, fits(low) ? low : high);
}

function weightOf(pairs: readonly Pair[]): number {
  return pairs.reduce((sum, pair) => sum + pair.weight, 0);
}

function packRuns(pairs: readonly Pair[], cap: number): Pair[][] {
  const runs: Pair[][] = [];
  let current: Pair[] = [];
  let size = 0;
  for (const pair of pairs) {
    if (current.length > 0 && size + pair.weight > cap) {
      runs.push(current);
      current = [];
      size = 0;
    }
    current.push(pair);
    size += pair.weight;
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

function toJob(run: readonly Pair[], languageOrder: readonly TargetLanguage[]): TranslationJob {
  const units: JobUnit[] = [];
  for (const pair of run) {
    const last = units.at(-1);
    if (last?.id === pair.unitId) {
      units[units.length - 1] = {
        id: last.id,
        languageCodes: [...last.languageCodes, pair.language.code],
      };
    } else {
      units.push({ id: pair.unitId, languageCodes: [pair.language.code] });
    }
  }
  const used = new Set(run.map((pair) => pair.language));
  return { languages: languageOrder.filter((language) => used.has(language)), units };
}

/** A call never carries more source than `maxCharacters` (a model's comfortable context). */
function splitBySourceSize(
  job: TranslationJob,
  document: ArticleDocument,
  maxCharacters: number,
): TranslationJob[] {
  const pieces: JobUnit[][] = [[]];
  let size = 0;
  for (const unit of job.units) {
    const length = unitText(document, unit.id).length;
    const current = pieces[pieces.length - 1] ?? [];
    if (current.length > 0 && size + length > maxCharacters) {
      pieces.push([unit]);
      size = length;
    } else {
      current.push(unit);
      size += length;
    }
  }
  return pieces.map((units) => withLanguagesOf(job, units));
}

function withLanguagesOf(job: TranslationJob, units: readonly JobUnit[]): TranslationJob {
  const codes = new Set(units.flatMap((unit) => unit.languageCodes));
  return { languages: job.languages.filter((language) => codes.has(language.code)), units };
}

/**
 * A job whose answer was cut off by the output limit, split in two: by units, or, for a single
 * unit, by languages; null when it cannot be split.
 */
export function splitTranslationJob(job: TranslationJob): [TranslationJob, TranslationJob] | null {
  if (job.units.length >= 2) {
    const middle = Math.ceil(job.units.length / 2);
    return [
      withLanguagesOf(job, job.units.slice(0, middle)),
      withLanguagesOf(job, job.units.slice(middle)),
    ];
  }
  const [unit] = job.units;
  if (!unit || unit.languageCodes.length < 2) return null;
  const middle = Math.ceil(unit.languageCodes.length / 2);
  const halves = [unit.languageCodes.slice(0, middle), unit.languageCodes.slice(middle)];
  const [first, second] = halves.map((languageCodes) =>
    withLanguagesOf(job, [{ id: unit.id, languageCodes }]),
  );
  return first && second ? [first, second] : null;
}
