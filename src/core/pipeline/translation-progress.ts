import type { LanguageResult } from "./translate-article";

/** A segment as the model wrote it (markup restored), before validation; may repeat on retry. */
export interface SegmentProgress {
  readonly language: string;
  readonly index: number | "title";
  readonly text: string;
}

/** A language's summary as the model wrote it or the cache kept it, before the checks. */
export interface SummaryProgress {
  readonly language: string;
  readonly bullets: readonly string[];
}

/** A language complete and validated (from the cache or freshly made). */
export interface LanguageProgress {
  readonly language: string;
  readonly result: LanguageResult;
}

/** Where a streaming caller hears about parts as they finish. */
export interface TranslationProgress {
  segment(event: SegmentProgress): void;
  summary(event: SummaryProgress): void;
  language(event: LanguageProgress): void;
}
