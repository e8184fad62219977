import type { ArticleDocument } from "../article/article-document";
import type { Cache } from "../cache/cache";
import type { ArticleEntry } from "../cache/cache-entries";
import { hashDocument } from "../cache/cache-keys";
import { ArticleGlossary } from "../glossary/article-glossary";
import type { GlossaryEntry } from "../glossary/glossary-schema";
import { sha256Hex } from "../hash/sha256-hex";
import type { TargetLanguage } from "../languages/languages";
import { composeModelChain } from "../model/compose-model-chain";
import type { LanguageModel } from "../model/language-model";
import type { RetryPolicy } from "../model/with-retry";
import { UsageMeter } from "../model/with-usage-meter";
import type { PromptSet } from "../prompt/prompt-set";
import { renderStyleInstructions, type TranslationStyle } from "../prompt/translation-style";
import type { QaCheckName, QualityChecker } from "../quality/qa-report";
import { deriveResult, languagesToProduce } from "./derived-languages";
import type { InFlightRequests } from "./in-flight-requests";
import type { InFlightStreams } from "./in-flight-streams";
import { limitConcurrency } from "./limit-concurrency";
import type { PipelineContext } from "./pipeline-context";
import { produceLanguages } from "./produce-languages";
import { readCachedArticles } from "./read-cached-parts";
import { requestedProgress } from "./requested-progress";
import type { TranslationProgress } from "./translation-progress";

export interface TranslationDependencies {
  /** Provider adapters in fallback order: the first answers, the next ones stand in. */
  readonly models: readonly LanguageModel[];
  readonly cache: Cache;
  readonly prompts: PromptSet;
  readonly promptVersion: string;
  readonly retry: RetryPolicy;
  readonly timeoutMs: number;
  readonly maxOutputTokens: number;
  readonly maxSourceCharactersPerCall: number;
  /** Simultaneous model calls per request (Workers: 6 connections). */
  readonly concurrency: number;
  readonly cacheTtlSeconds: number;
  /** The quality checks run on every fresh translation. */
  readonly checkQuality: QualityChecker;
  /** The checks to run on every fresh translation (a deployment's `QA_CHECKS`). */
  readonly qualityChecks: readonly QaCheckName[];
  /** Ask the model once more for segments with a blocking quality issue. */
  readonly repairBlockingIssues: boolean;
  /** Keeps the worker alive for cache writes after the response is sent (`waitUntil`). */
  readonly runInBackground: (promise: Promise<unknown>) => void;
  readonly now: () => Date;
  /** Shares one generation between identical concurrent requests (one per isolate). */
  readonly inFlight?: InFlightRequests<TranslationOutcome>;
  /** The same for streaming requests, whose callers each hear every progress event. */
  readonly inFlightStreams?: InFlightStreams;
}

export interface TranslationRequest {
  readonly document: ArticleDocument;
  readonly languages: readonly TargetLanguage[];
  readonly summaryBullets: number;
  readonly bypassCache: boolean;
  /** Terms the translation must render as given (only those present in the article are sent). */
  readonly glossary: readonly GlossaryEntry[];
  /** Set by streaming callers; such requests do not share generations with others. */
  readonly progress?: TranslationProgress;
  /** Context and register, for callers that send them (the DeepL-compatible API). */
  readonly style?: TranslationStyle;
}

export interface LanguageResult extends ArticleEntry {
  /** hit: served whole; partial: some segments or the summary reused; miss: all made now. */
  readonly cache: "hit" | "partial" | "miss";
  readonly segmentsHit: number;
  readonly segmentsMissed: number;
}

export interface TranslationOutcome {
  readonly id: string;
  readonly results: ReadonlyMap<string, LanguageResult>;
  readonly cache: "hit" | "miss" | "partial";
  readonly segments: { readonly hit: number; readonly missed: number };
  readonly usage: {
    readonly inputTokens: number;
    readonly outputTokens: number;
    readonly calls: number;
  };
}

/**
 * The whole flow for one article: whole-article cache hits first; for the other languages,
 * cached segments, notes and summaries, then balanced model calls for what is missing, and
 * cache writes for every part that came back complete and valid. When a language fails,
 * what succeeded is still cached and the first failure is thrown.
 */
export async function translateArticle(
  dependencies: TranslationDependencies,
  request: TranslationRequest,
): Promise<TranslationOutcome> {
  const documentHash = await hashDocument(request.document);
  const id = await translationId(dependencies, request, documentHash);
  const listener = request.progress && requestedProgress(request.progress, request.languages);
  const work = (progress = listener) =>
    keepRunning(
      dependencies,
      generateOrReuse(dependencies, { ...request, progress }, documentHash, id),
    );
  const key = `${id}:${request.bypassCache}`;
  if (listener) {
    if (!dependencies.inFlightStreams) return work();
    return dependencies.inFlightStreams.run(key, listener, work);
  }
  if (!dependencies.inFlight) return work();
  return dependencies.inFlight.run(key, work).result;
}

/**
 * A generation goes on when the client that started it goes away (a stream's reader
 * disconnects, a caller times out): others may have joined it, and what it makes is cached.
 */
function keepRunning(
  dependencies: TranslationDependencies,
  generation: Promise<TranslationOutcome>,
): Promise<TranslationOutcome> {
  const settled = generation.then(
    () => undefined,
    () => undefined,
  );
  dependencies.runInBackground(settled);
  return generation;
}

async function generateOrReuse(
  dependencies: TranslationDependencies,
  request: TranslationRequest,
  documentHash: string,
  id: string,
): Promise<TranslationOutcome> {
  const meter = new UsageMeter();
  const context = createContext(dependencies, request, documentHash, meter);
  const produced = languagesToProduce(request.languages);
  const articles = request.bypassCache
    ? new Map<string, ArticleEntry>()
    : await readCachedArticles(context, dependencies.cache, produced);
  for (const [language, entry] of articles)
    announce(request.progress, language, wholeHit(entry, context));
  const missing = produced.filter((language) => !articles.has(language.code));
  const fresh = await produceLanguages(context, dependencies, missing, request.bypassCache);
  const results = new Map<string, LanguageResult>();
  for (const language of request.languages) {
    const baseCode = language.derivedFrom?.code ?? language.code;
    const base = fresh.get(baseCode) ?? wholeHit(articles.get(baseCode) as ArticleEntry, context);
    const result = deriveResult(language, base);
    // Its summary was heard already, derived from its base's.
    if (language.derivedFrom) request.progress?.language({ language: language.code, result });
    results.set(language.code, result);
  }
  return summarizeOutcome(id, results, request.languages, meter);
}

/** A language cached whole: its summary, then it. */
function announce(
  progress: TranslationProgress | undefined,
  language: string,
  result: LanguageResult,
): void {
  if (result.summary) progress?.summary({ language, bullets: result.summary });
  progress?.language({ language, result });
}

function createContext(
  dependencies: TranslationDependencies,
  request: TranslationRequest,
  documentHash: string,
  meter: UsageMeter,
): PipelineContext {
  const styleInstructions = renderStyleInstructions(request.style);
  return {
    document: request.document,
    documentHash,
    glossary: new ArticleGlossary(request.document, request.glossary),
    model: composeModelChain(dependencies.models, {
      retry: dependencies.retry,
      timeoutMs: dependencies.timeoutMs,
      meter,
    }),
    stamps: dependencies.models.map((model) => ({
      provider: model.provider,
      modelId: model.modelId,
      promptVersion: dependencies.promptVersion,
      style: styleInstructions,
    })),
    promptVersion: dependencies.promptVersion,
    styleInstructions,
    prompts: dependencies.prompts,
    maxOutputTokens: dependencies.maxOutputTokens,
    summaryBullets: request.summaryBullets,
    checkQuality: dependencies.checkQuality,
    review: { checks: dependencies.qualityChecks, repair: dependencies.repairBlockingIssues },
    progress: request.progress,
    limit: limitConcurrency(dependencies.concurrency),
  };
}

function wholeHit(entry: ArticleEntry, context: PipelineContext): LanguageResult {
  const units = context.document.segments.length + (context.document.title ? 1 : 0);
  return { ...entry, cache: "hit", segmentsHit: units, segmentsMissed: 0 };
}

function summarizeOutcome(
  id: string,
  results: Map<string, LanguageResult>,
  languages: readonly TargetLanguage[],
  meter: UsageMeter,
): TranslationOutcome {
  const made = languages.filter((language) => !language.derivedFrom);
  const all = (made.length > 0 ? made : languages).map(
    (language) => results.get(language.code) as LanguageResult,
  );
  const hit = all.reduce((sum, result) => sum + result.segmentsHit, 0);
  const missed = all.reduce((sum, result) => sum + result.segmentsMissed, 0);
  const cache = all.every((result) => result.cache === "hit")
    ? "hit"
    : all.every((result) => result.cache === "miss")
      ? "miss"
      : "partial";
  return {
    id,
    results,
    cache,
    segments: { hit, missed },
    usage: { inputTokens: meter.inputTokens, outputTokens: meter.outputTokens, calls: meter.calls },
  };
}

/** Stable for the same article, languages, options, first provider, prompts and glossary. */
async function translationId(
  dependencies: TranslationDependencies,
  request: TranslationRequest,
  documentHash: string,
): Promise<string> {
  const [primary] = dependencies.models;
  const codes = request.languages.map((language) => language.code).sort();
  const digest = await sha256Hex(
    JSON.stringify([
      documentHash,
      codes,
      request.summaryBullets,
      primary?.provider,
      primary?.modelId,
      dependencies.promptVersion,
      request.glossary,
      request.style ?? null,
    ]),
  );
  return `tr_${digest.slice(0, 24)}`;
}
