import { KvCache } from "../../cache/kv-cache";
import type { Config } from "../../config/load-config";
import { detectLanguage } from "../../core/detection/detect-language";
import type { LanguageModel } from "../../core/model/language-model";
import { InFlightRequests } from "../../core/pipeline/in-flight-requests";
import { InFlightStreams } from "../../core/pipeline/in-flight-streams";
import type {
  TranslationDependencies,
  TranslationOutcome,
} from "../../core/pipeline/translate-article";
import { runQualityChecks } from "../../core/quality/run-quality-checks";
import { bundledPrompts, bundledPromptVersion } from "./bundled-prompts";

/** One per isolate: identical concurrent requests share a generation. */
const inFlight = new InFlightRequests<TranslationOutcome>();
const inFlightStreams = new InFlightStreams();

/** Wires the core to the Worker: KV, bundled prompts, `waitUntil`, settings from the variables. */
export async function buildTranslationDependencies(options: {
  readonly config: Config;
  readonly models: readonly LanguageModel[];
  readonly namespace: KVNamespace;
  readonly waitUntil: (promise: Promise<unknown>) => void;
}): Promise<TranslationDependencies> {
  const { config } = options;
  return {
    models: options.models,
    cache: new KvCache(options.namespace),
    prompts: bundledPrompts,
    promptVersion: await bundledPromptVersion(),
    retry: {
      maxRetries: config.LLM_MAX_RETRIES,
      baseDelayMs: config.LLM_RETRY_BASE_DELAY_MS,
      maxDelayMs: 30_000,
    },
    timeoutMs: config.LLM_TIMEOUT_MS,
    maxOutputTokens: config.LLM_MAX_OUTPUT_TOKENS,
    maxSourceCharactersPerCall: config.LLM_MAX_SOURCE_CHARS_PER_CALL,
    concurrency: config.LLM_CONCURRENCY,
    cacheTtlSeconds: config.CACHE_TTL_SECONDS,
    repairBlockingIssues: config.QA_REPAIR,
    checkQuality: (input) => runQualityChecks({ ...input, detectLanguage }),
    qualityChecks: config.QA_CHECKS,
    runInBackground: (promise) => options.waitUntil(promise.catch(logCacheWriteFailure)),
    now: () => new Date(),
    inFlight,
    inFlightStreams,
  };
}

function logCacheWriteFailure(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(JSON.stringify({ level: "error", message: "cache write failed", cause: message }));
}
