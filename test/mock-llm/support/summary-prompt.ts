import {
  type PromptText,
  readTemplate,
  renderTemplate,
  type SegmentLine,
  segmentLines,
} from "./prompt-template";

export interface SummaryPromptInput {
  readonly noteIds: readonly string[];
  readonly codes: readonly string[];
  readonly bullets: number;
  /** An id written `2 en` marks an earlier English note on that segment. */
  readonly segments: readonly SegmentLine[];
  readonly glossary?: string;
}

/** A summary call from the real templates, filled in like the worker does. */
export function summaryPrompt(input: SummaryPromptInput): PromptText {
  const values = {
    note_ids: input.noteIds.length > 0 ? input.noteIds.join(", ") : "none",
    language_codes: input.codes.join(", "),
    bullets: String(input.bullets),
    glossary: input.glossary ?? "",
    segments: segmentLines(input.segments),
  };
  return {
    system: renderTemplate(readTemplate("summary-system.md"), values).trim(),
    user: renderTemplate(readTemplate("summary-user.md"), values),
  };
}
