import type { SegmentEntry } from "../cache/cache-entries";
import type { TargetLanguage } from "../languages/languages";
import { estimateSummaryOutputTokens } from "../plan/estimate-tokens";
import { planTranslationJobs } from "../plan/plan-translation-jobs";
import { fillRepeats, findRepeatedUnits } from "../plan/repeated-units";
import type { SummaryJob, UnitId } from "../plan/translation-job";
import { allUnitIds, unitText } from "../prompt/unit-text";
import { assembleLanguage } from "./assemble-language";
import type { PipelineContext } from "./pipeline-context";
import { type CachedParts, readCachedParts } from "./read-cached-parts";
import { reviewLanguage } from "./review-language";
import { runSummaryJob, type SummaryOutput } from "./run-summary-job";
import { runTranslationJob, type TranslatedUnits } from "./run-translation-job";
import type { LanguageOutput } from "./store-parts";
import { storeArticle, storeSegments, storeSummary } from "./store-parts";
import type { LanguageResult, TranslationDependencies } from "./translate-article";

/** Segments shorter than this get no note: the summary call reads their text instead. */
const minimumCharactersForNote = 100;
/** Below this many output tokens, one more call costs more prompt than it saves time. */
const minimumOutputTokensPerCall = 250;

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
  const repeats = findRepeatedUnits(context.document);
  const parts = withRepeatsFilled(
    bypassCache
      ? emptyParts(languages)
      : await readCachedParts(context, dependencies.cache, languages),
    repeats,
  );
  const summaryJob = planSummary(context, languages, parts, repeats);
  const missingUnits = new Map(
    languages.map((language) => [
      language,
      missingUnitsOf(context, parts, language).filter((unitId) => !repeats.has(unitId)),
    ]),
  );
  const jobs = planTranslationJobs(context.document, missingUnits, {
    connections: dependencies.concurrency,
    reservedOutputTokens: summaryJob ? estimateSummaryOutputTokens(summaryJob) : 0,
    minimumOutputTokensPerCall,
    maxSourceCharactersPerCall: dependencies.maxSourceCharactersPerCall,
  });
  // Translations take their connections first; the summary follows on the first one free.
  const translated = jobs.map((job) => ({ job, run: runTranslationJob(context, job) }));
  const summary = summaryJob
    ? runSummaryJob(context, summaryJob, parts.notes)
    : Promise.resolve(null);
  announceSummaries(context, languages, parts);
  summary
    .then((output) => {
      if (!output) return;
      storeSummary(context, dependencies, output);
      for (const [language, bullets] of output.bullets) {
        context.progress?.summary({ language, bullets });
      }
    })
    .catch(() => {});
  const settled = await Promise.allSettled(
    languages.map((language) =>
      completeLanguage(context, dependencies, language, {
        cached: parts.segments.get(language.code) ?? new Map(),
        cachedSummary: parts.summaries.get(language.code)?.bullets,
        runs: translated
          .filter(({ job }) => job.languages.includes(language))
          .map(({ run }) => run.then((output) => outputIn(output, language.code, repeats))),
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

/** Streams the summaries read from the cache, ahead of the languages they belong to. */
function announceSummaries(
  context: PipelineContext,
  languages: readonly TargetLanguage[],
  parts: CachedParts,
): void {
  for (const language of languages) {
    const bullets = parts.summaries.get(language.code)?.bullets;
    if (bullets) context.progress?.summary({ language: language.code, bullets });
  }
}

async function completeLanguage(
  context: PipelineContext,
  dependencies: TranslationDependencies,
  language: TargetLanguage,
  inputs: {
    readonly cached: ReadonlyMap<UnitId, SegmentEntry>;
    readonly cachedSummary: readonly string[] | undefined;
    readonly runs: ReadonlyArray<Promise<LanguageOutput>>;
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

/** One language's part of a call's answer. */
function outputIn(
  output: TranslatedUnits,
  languageCode: string,
  repeats: ReadonlyMap<UnitId, UnitId>,
): LanguageOutput {
  return {
    translations: fillRepeats(output.translations.get(languageCode) ?? new Map(), repeats),
    provider: output.provider,
    modelId: output.modelId,
  };
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
  repeats: ReadonlyMap<UnitId, UnitId>,
): SummaryJob | null {
  if (context.summaryBullets === 0) return null;
  const needing = languages.filter((language) => !parts.summaries.has(language.code));
  if (needing.length === 0) return null;
  const noteIds = allUnitIds(context.document).filter(
    (unitId) =>
      !parts.notes.has(unitId) &&
      !repeats.has(unitId) &&
      unitText(context.document, unitId).length >= minimumCharactersForNote,
  );
  return { languages: needing, noteIds, bullets: context.summaryBullets };
}

/** Cached segments with each repeat filled in from its first unit. */
function withRepeatsFilled(parts: CachedParts, repeats: ReadonlyMap<UnitId, UnitId>): CachedParts {
  const segments = new Map(
    [...parts.segments].map(([code, entries]) => [code, fillRepeats(entries, repeats)]),
  );
  return { ...parts, segments };
}

function emptyParts(languages: readonly TargetLanguage[]): CachedParts {
  return {
    segments: new Map(languages.map(({ code }) => [code, new Map<UnitId, SegmentEntry>()])),
    summaries: new Map(),
    notes: new Map(),
  };
}
