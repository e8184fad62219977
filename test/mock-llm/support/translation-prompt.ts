import {
  type PromptText,
  readTemplate,
  renderTemplate,
  type SegmentLine,
  segmentLines,
} from "./prompt-template";

const names: Readonly<Record<string, string>> = { en: "English", kk: "Kazakh", ru: "Russian" };

export interface TranslationPromptInput {
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
    target_name: names[input.code] ?? input.code,
    target_code: input.code,
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
