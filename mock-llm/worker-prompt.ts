/** One `[[id]] text` line of the article. */
export interface PromptSegment {
  /** `title` or a number, as written in the marker. */
  readonly id: string;
  readonly text: string;
}

/** A summary prompt's article line: French text, or `(note)` and an earlier English note. */
export interface SummarySegment extends PromptSegment {
  /** True for `[[id]] (note) text`; `text` is then the note, without `(note)`. */
  readonly isNote: boolean;
}

/** prompts/translate-user.md filled in: one language, some of the article's segments. */
export interface TranslationPrompt {
  readonly kind: "translation";
  /** From `Language: kk`. */
  readonly targetCode: string;
  /** From `Headline, for context only: …`, when the title is not among the segments. */
  readonly headline: string | undefined;
  readonly segments: readonly PromptSegment[];
}

/** prompts/summary-user.md filled in: notes to write and the bullets of several languages. */
export interface SummaryPrompt {
  readonly kind: "summary";
  /** From `Notes: 3, 5` (`none`: empty). */
  readonly noteIds: readonly string[];
  /** From `Summaries: en, kk, ru`, as written (the answer repeats them in its markers). */
  readonly languageCodes: readonly string[];
  /** From `Bullets: 5`. */
  readonly bullets: number;
  readonly segments: readonly SummarySegment[];
}

/** The two kinds of calls the worker makes. */
export type WorkerPrompt = TranslationPrompt | SummaryPrompt;
