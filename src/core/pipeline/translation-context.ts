import type { ArticleDocument } from "../article/article-document";
import type { LanguageModel } from "../model/language-model";
import type { PromptSet } from "../prompt/prompt-set";
import type { TranslationProgress } from "./translation-progress";

/** What every model call of one request shares. */
export interface TranslationContext {
  readonly document: ArticleDocument;
  readonly model: LanguageModel;
  readonly prompts: PromptSet;
  readonly maxOutputTokens: number;
  readonly maxSourceCharactersPerCall: number;
  readonly summaryBullets: number;
  /** Glossary instructions per language code (empty when no glossary term occurs). */
  readonly glossaryInstructions: ReadonlyMap<string, string>;
  /** Set when the caller streams: segments are reported as the model writes them. */
  readonly progress?: TranslationProgress | undefined;
  /** Runs a model call within the request's connection limit. */
  readonly limit: <Result>(task: () => Promise<Result>) => Promise<Result>;
}
