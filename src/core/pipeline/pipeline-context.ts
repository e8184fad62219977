import type { ArticleDocument } from "../article/article-document";
import type { ModelStamp, ReviewSettings } from "../cache/cache-keys";
import type { ArticleGlossary } from "../glossary/article-glossary";
import type { LanguageModel } from "../model/language-model";
import type { PromptSet } from "../prompt/prompt-set";
import type { QualityChecker } from "../quality/qa-report";
import type { TranslationProgress } from "./translation-progress";

/** What every step of one request shares. */
export interface PipelineContext {
  readonly document: ArticleDocument;
  readonly documentHash: string;
  readonly glossary: ArticleGlossary;
  /** The provider chain (retries, timeouts, fallback) for this request. */
  readonly model: LanguageModel;
  /** One stamp per provider of the chain, first first: cache lookups try them in order. */
  readonly stamps: readonly ModelStamp[];
  readonly promptVersion: string;
  /** The style lines every translation call carries (context, formality). */
  readonly styleInstructions: string;
  readonly prompts: PromptSet;
  readonly maxOutputTokens: number;
  readonly summaryBullets: number;
  readonly checkQuality: QualityChecker;
  /** The checks that run and whether blocked segments are asked again. */
  readonly review: ReviewSettings;
  readonly progress?: TranslationProgress | undefined;
  /** Runs a model call within the request's connection limit. */
  readonly limit: <Result>(task: () => Promise<Result>) => Promise<Result>;
}
