import type { ArticleDocument } from "../article/article-document";
import type { Cache } from "../cache/cache";
import type { CachedTranslation } from "../cache/cached-translation";
import { hashDocument, translationCacheKey } from "../cache/translation-cache-key";
import { sha256Hex } from "../hash/sha256-hex";
import type { TargetLanguage } from "../languages/languages";
import type { LanguageModel } from "../model/language-model";
import { composeModelChain } from "../model/compose-model-chain";
import type { RetryPolicy } from "../model/with-retry";
import { UsageMeter } from "../model/with-usage-meter";
import type { PromptSet } from "../prompt/prompt-set";
import type { GlossaryEntry } from "../glossary/glossary-schema";
import { glossaryInstructionsByLanguage } from "./glossary-instructions-by-language";
import type { InFlightRequests } from "./in-flight-requests";
import type { TranslationProgress } from "./translation-progress";
import { limitConcurrency } from "./limit-concurrency";
import { lookupCachedTranslations } from "./lookup-cached-translations";
import { translateLanguage } from "./translate-language";

export interface TranslationDependencies {
  /** Provider adapters in fallback order: the first answers, the next ones stand in. */
  readonly models: readonly LanguageModel[];
  readonly cache: Cache<CachedTranslation>;
  readonly prompts: PromptSet;
  readonly promptVersion: string;
  readonly retry: RetryPolicy;
  readonly timeoutMs: number;
  readonly maxOutputTokens: number;
  readonly maxSourceCharactersPerCall: number;
  readonly concurrency: number;
  readonly cacheTtlSeconds: number;
  /** Keeps the worker alive for cache writes after the response is sent (`waitUntil`). */
  readonly runInBackground: (promise: Promise<unknown>) => void;
  readonly now: () => Date;
  /** Shares one generation between identical concurrent requests (one per isolate). */
  readonly inFlight?: InFlightRequests<TranslationOutcome>;
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
}

export interface LanguageResult extends CachedTranslation {
  readonly cache: "hit" | "miss";
}

export interface TranslationOutcome {
  readonly id: string;
  readonly results: ReadonlyMap<string, LanguageResult>;
  readonly cache: "hit" | "miss" | "partial";
  readonly usage: { readonly inputTokens: number; readonly outputTokens: number; readonly calls: number };
}

/**
 * The whole flow for one article: cache lookup for every language in one batch, model calls
 * for the misses, and cache writes for the languages that came back complete and valid.
 * When a language fails, the others are still cached and the first failure is thrown.
 */
export async function translateArticle(
  dependencies: TranslationDependencies,
  request: TranslationRequest,
): Promise<TranslationOutcome> {
  const documentHash = await hashDocument(request.document);
  const id = await translationId(dependencies, request, documentHash);
  const work = () => generateOrReuse(dependencies, request, documentHash, id);
  if (!dependencies.inFlight || request.progress) return work();
  return dependencies.inFlight.run(`${id}:${request.bypassCache}`, work);
}

async function generateOrReuse(
  dependencies: TranslationDependencies,
  request: TranslationRequest,
  documentHash: string,
  id: string,
): Promise<TranslationOutcome> {
  const glossaryInstructions = glossaryInstructionsByLanguage(request);
  const lookup = await lookupCachedTranslations(dependencies, request, documentHash, glossaryInstructions);
  const meter = new UsageMeter();
  const context = {
    document: request.document,
    model: composeModelChain(dependencies.models, {
      retry: dependencies.retry,
      timeoutMs: dependencies.timeoutMs,
      meter,
    }),
    prompts: dependencies.prompts,
    maxOutputTokens: dependencies.maxOutputTokens,
    maxSourceCharactersPerCall: dependencies.maxSourceCharactersPerCall,
    summaryBullets: request.summaryBullets,
    glossaryInstructions,
    progress: request.progress,
    limit: limitConcurrency(dependencies.concurrency),
  };
  for (const [language, result] of lookup) request.progress?.language({ language, result: { ...result, cache: "hit" } });
  const misses = request.languages.filter((language) => !lookup.has(language.code));
  const settled = await Promise.allSettled(
    misses.map(async (language) => {
      const result = await translateLanguage(context, language, dependencies.now());
      request.progress?.language({ language: language.code, result: { ...result, cache: "miss" } });
      return result;
    }),
  );
  const fresh = new Map<string, CachedTranslation>();
  settled.forEach((outcome, index) => {
    const language = misses[index];
    if (outcome.status === "fulfilled" && language) fresh.set(language.code, outcome.value);
  });
  storeFresh(dependencies, request, { documentHash, glossaryInstructions }, fresh);
  const failure = settled.find((outcome) => outcome.status === "rejected");
  if (failure) throw failure.reason;
  return {
    id,
    results: collectResults(request.languages, lookup, fresh),
    cache: misses.length === 0 ? "hit" : misses.length === request.languages.length ? "miss" : "partial",
    usage: { inputTokens: meter.inputTokens, outputTokens: meter.outputTokens, calls: meter.calls },
  };
}

function collectResults(
  languages: readonly TargetLanguage[],
  cached: ReadonlyMap<string, CachedTranslation>,
  fresh: ReadonlyMap<string, CachedTranslation>,
): Map<string, LanguageResult> {
  const results = new Map<string, LanguageResult>();
  for (const { code } of languages) {
    const hit = cached.get(code);
    const result = hit ? { ...hit, cache: "hit" as const } : { ...(fresh.get(code) as CachedTranslation), cache: "miss" as const };
    results.set(code, result);
  }
  return results;
}

function storeFresh(
  dependencies: TranslationDependencies,
  request: TranslationRequest,
  inputs: { readonly documentHash: string; readonly glossaryInstructions: ReadonlyMap<string, string> },
  fresh: ReadonlyMap<string, CachedTranslation>,
): void {
  for (const [languageCode, translation] of fresh) {
    const write = translationCacheKey({
      documentHash: inputs.documentHash,
      glossaryInstructions: inputs.glossaryInstructions.get(languageCode) ?? "",
      languageCode,
      provider: translation.provider,
      modelId: translation.model,
      promptVersion: dependencies.promptVersion,
      summaryBullets: request.summaryBullets,
    }).then((key) => dependencies.cache.put(key, translation, { ttlSeconds: dependencies.cacheTtlSeconds }));
    dependencies.runInBackground(write);
  }
}

/** Stable for the same article, languages, options, first provider and prompts. */
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
    ]),
  );
  return `tr_${digest.slice(0, 24)}`;
}
