import type { SegmentEntry } from "../cache/cache-entries";
import type { TargetLanguage } from "../languages/languages";
import { planTranslationJobs } from "../plan/plan-translation-jobs";
import type { SummaryJob, UnitId } from "../plan/translation-job";
import { allUnitIds, unitText } from "../prompt/unit-text";
import { assembleLanguage } from "./assemble-language";
import type { PipelineContext } from "./pipeline-context";
import { type CachedParts, readCachedParts } from "./read-cached-parts";
import { reviewLanguage } from "./review-language";
import { runSummaryJob, type SummaryOutput } from "./run-summary-job";
import { runTranslationJob, type TranslatedUnits } from "./run-translation-job";
import { storeArticle, storeSegments, storeSummary } from "./store-parts";
import type { LanguageResult, TranslationDependencies } from "./translate-article";

/** Segments shorter than this get no note: the summary call reads their text instead. */
const minimumCharactersForNote = 200;
/** Below this many output tokens, one more call costs more prompt than it saves time. */
const minimumOutputTokensPerCall = 150;

/**
 * Makes the languages that were not cached whole: reuses cached segments, notes and
 * summaries, and runs the missing translation calls and one summary call side by side.
 */
export async function produceLanguages(
  context: PipelineContext,
  dependencies: TranslationDependencies,
  languages: readonly TargetLanguage[],
  bypassCache: boolean,
): Promise<Map<string, LanguageResult>> {
  if (languages.length === 0) return new Map();
  const parts = bypassCache
    ? emptyParts(languages)
    : await readCachedParts(context, dependencies.cache, languages);
  const summaryJob = planSummary(context, languages, parts);
  const missingUnits = new Map(
    languages.map((language) => [language, missingUnitsOf(context, parts, language)]),
  );
  const jobs = planTranslationJobs(context.document, missingUnits, {
    connections: Math.max(1, dependencies.concurrency - (summaryJob ? 1 : 0)),
    minimumOutputTokensPerCall,
    maxSourceCharactersPerCall: dependencies.maxSourceCharactersPerCall,
  });
  const summary = summaryJob
    ? runSummaryJob(context, summaryJob, parts.notes)
    : Promise.resolve(null);
  summary.then((output) => output && storeSummary(context, dependencies, output)).catch(() => {});
  const translated = jobs.map((job) => ({ job, run: runTranslationJob(context, job) }));
  const settled = await Promise.allSettled(
    languages.map((language) =>
      completeLanguage(context, dependencies, language, {
        cached: parts.segments.get(language.code) ?? new Map(),
        cachedSummary: parts.summaries.get(language.code)?.bullets,
        runs: translated.filter(({ job }) => job.language === language).map(({ run }) => run),
        summary,
      }),
    ),
  );
  const failure = settled.find((outcome) => outcome.status === "rejected");
  if (failure) throw failure.reason;
  return new Map(
    settled.map((outcome, index) => [
      languages[index]?.code ?? "",
      (outcome as PromiseFulfilledResult<LanguageResult>).value,
    ]),
  );
}

async function completeLanguage(
  context: PipelineContext,
  dependencies: TranslationDependencies,
  language: TargetLanguage,
  inputs: {
    readonly cached: ReadonlyMap<UnitId, SegmentEntry>;
    readonly cachedSummary: readonly string[] | undefined;
    readonly runs: ReadonlyArray<Promise<TranslatedUnits>>;
    readonly summary: Promise<SummaryOutput | null>;
  },
): Promise<LanguageResult> {
  const [outputs, summary] = await Promise.all([Promise.all(inputs.runs), inputs.summary]);
  const texts = new Map<UnitId, string>(
    [...inputs.cached].map(([unitId, entry]) => [unitId, entry.text]),
  );
  for (const output of outputs)
    for (const [unitId, text] of output.translations) texts.set(unitId, text);
  const bullets = inputs.cachedSummary ?? summary?.bullets.get(language.code) ?? null;
  const reviewed = await reviewLanguage(context, language, texts, bullets);
  const origin = outputs[0] ??
    firstCached(inputs.cached) ?? {
      provider: context.model.provider,
      modelId: context.model.modelId,
    };
  for (const output of outputs) {
    const units = [...output.translations.keys()];
    const translations = new Map(units.map((unitId) => [unitId, reviewed.texts.get(unitId) ?? ""]));
    storeSegments(
      context,
      dependencies,
      language.code,
      { ...output, translations },
      reviewed.blockedUnits,
    );
  }
  const result = assembleLanguage(context, {
    reviewed,
    origin,
    bullets,
    segmentsHit: inputs.cached.size,
    createdAt: dependencies.now(),
  });
  storeArticle(context, dependencies, language.code, result);
  context.progress?.language({ language: language.code, result });
  return result;
}

function firstCached(cached: ReadonlyMap<UnitId, SegmentEntry>) {
  const [first] = cached.values();
  return first ? { provider: first.provider, modelId: first.model } : undefined;
}

function missingUnitsOf(
  context: PipelineContext,
  parts: CachedParts,
  language: TargetLanguage,
): UnitId[] {
  const cached = parts.segments.get(language.code);
  return allUnitIds(context.document).filter((unitId) => !cached?.has(unitId));
}

function planSummary(
  context: PipelineContext,
  languages: readonly TargetLanguage[],
  parts: CachedParts,
): SummaryJob | null {
  if (context.summaryBullets === 0) return null;
  const needing = languages.filter((language) => !parts.summaries.has(language.code));
  if (needing.length === 0) return null;
  const noteIds = allUnitIds(context.document).filter(
    (unitId) =>
      !parts.notes.has(unitId) &&
      unitText(context.document, unitId).length >= minimumCharactersForNote,
  );
  return { languages: needing, noteIds, bullets: context.summaryBullets };
}

function emptyParts(languages: readonly TargetLanguage[]): CachedParts {
  return {
    segments: new Map(languages.map(({ code }) => [code, new Map<UnitId, SegmentEntry>()])),
    summaries: new Map(),
    notes: new Map(),
  };
}
