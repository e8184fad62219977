import {
  type PromptText,
  readTemplate,
  renderTemplate,
  type SegmentLine,
  segmentLines,
} from "./prompt-template";

export interface TranslationPromptInput {
  /** One code, or several separated by ", ". */
  readonly code: string;
  readonly segments: readonly SegmentLine[];
  /** The title, sent as context when it is not among the segments. */
  readonly headline?: string;
  /** A rendered glossary block, ending with a blank line. */
  readonly glossary?: string;
}

/** A translation call from the real templates, filled in like the worker does. */
export function translationPrompt(input: TranslationPromptInput): PromptText {
  const values = {
    target_codes: input.code,
    language_notes: "",
    context: input.headline ? `Headline, for context only: ${input.headline}\n` : "",
    glossary: input.glossary ?? "",
    segments: segmentLines(input.segments),
  };
  return {
    system: renderTemplate(readTemplate("translate-system.md"), values).trim(),
    user: renderTemplate(readTemplate("translate-user.md"), values),
  };
}
