import type { GlossaryRule } from "./read-glossary-lines";

/** One `[[id]] text` (or `[[id xx yy]] text`) line of the article. */
export interface PromptSegment {
  /** `title` or a number, as written in the marker. */
  readonly id: string;
  /** Language codes written after the id in the marker (`[[3 ru]]`); empty when none. */
  readonly markerCodes: readonly string[];
  readonly text: string;
}

/** A segment of a translation call and the languages it is wanted in. */
export interface TranslationSegment extends PromptSegment {
  readonly languageCodes: readonly string[];
}

/** A summary prompt's article line: French text, or an earlier English note (`[[id en]]`). */
export interface SummarySegment extends PromptSegment {
  /** True for `[[id en]] text`; `text` is then the note. */
  readonly isNote: boolean;
}

/** prompts/translate-user.md filled in: some of the article's segments, in some languages. */
export interface TranslationPrompt {
  readonly kind: "translation";
  /** From `Languages: en, kk, ru`, in that order (the answer gives them in it). */
  readonly targetCodes: readonly string[];
  /** From `Headline, for context only: …`, when the title is not among the segments. */
  readonly headline: string | undefined;
  /** From the `Glossary:` block: the forms the answer uses for the article's terms. */
  readonly glossary: readonly GlossaryRule[];
  readonly segments: readonly TranslationSegment[];
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
  /** From the `Glossary:` block: the forms the notes and bullets use for the article's terms. */
  readonly glossary: readonly GlossaryRule[];
  readonly segments: readonly SummarySegment[];
}

/** The two kinds of calls the worker makes. */
export type WorkerPrompt = TranslationPrompt | SummaryPrompt;
