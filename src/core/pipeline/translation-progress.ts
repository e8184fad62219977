import type { LanguageResult } from "./translate-article";

/** Where a streaming caller hears about parts as they finish. */
export interface TranslationProgress {
  /** A segment as the model wrote it (markup restored), before validation; may repeat on retry. */
  segment(event: {
    readonly language: string;
    readonly index: number | "title";
    readonly text: string;
  }): void;
  /** A language complete and validated (from the cache or freshly made). */
  language(event: { readonly language: string; readonly result: LanguageResult }): void;
}
