import type { ArticleDocument } from "../article/article-document";
import type { ChatMessage } from "../model/language-model";
import { findRepeatedUnits } from "../plan/repeated-units";
import type { SummaryJob, UnitId } from "../plan/translation-job";
import type { PromptSet } from "./prompt-set";
import { renderTemplate } from "./render-template";
import { allUnitIds, unitText } from "./unit-text";

/**
 * One call writes the summaries of every language: it reads each segment's cached note when
 * there is one (so an edited article is not read again whole) and the French text otherwise;
 * a unit repeating an earlier one is left out.
 */
export function buildSummaryMessages(
  prompts: PromptSet,
  document: ArticleDocument,
  job: SummaryJob,
  inputs: { readonly notes: ReadonlyMap<UnitId, string>; readonly glossaryInstructions: string },
): ChatMessage[] {
  const repeats = findRepeatedUnits(document);
  const values = {
    bullets: String(job.bullets),
    note_ids: job.noteIds.length > 0 ? job.noteIds.join(", ") : "none",
    language_codes: job.languages.map((language) => language.code).join(", "),
    glossary: inputs.glossaryInstructions,
    segments: allUnitIds(document)
      .filter((unitId) => !repeats.has(unitId))
      .map((unitId) => summaryLine(document, unitId, job, inputs.notes))
      .join("\n"),
  };
  return [
    { role: "system", content: renderTemplate(prompts.summarySystem, values).trim() },
    { role: "user", content: renderTemplate(prompts.summaryUser, values) },
  ];
}

function summaryLine(
  document: ArticleDocument,
  unitId: UnitId,
  job: SummaryJob,
  notes: ReadonlyMap<UnitId, string>,
): string {
  const note = notes.get(unitId);
  if (note !== undefined && !job.noteIds.includes(unitId)) return `[[${unitId} en]] ${note}`;
  return `[[${unitId}]] ${unitText(document, unitId)}`;
}
