import type { ArticleDocument } from "../article/article-document";
import type { ChatMessage } from "../model/language-model";
import { describeTask, type TranslationJob, type UnitId } from "../plan/translation-job";
import type { PromptSet } from "./prompt-set";
import { renderTemplate } from "./render-template";

/**
 * The system prompt carries the rules; the user message carries the article, fenced and
 * one segment a line, so the article is always data and never instructions.
 */
export function buildTranslationMessages(
  prompts: PromptSet,
  document: ArticleDocument,
  job: TranslationJob,
  glossaryInstructions = "",
): ChatMessage[] {
  const values = {
    target_name: job.language.promptName,
    target_code: job.language.code,
    summary_bullets: String(job.summaryBullets),
    task: describeTask(job),
    language_notes: job.language.promptNotes.map((note) => `   - ${note}`).join("\n"),
    glossary: glossaryInstructions,
  };
  const summaryFormat =
    job.summaryBullets > 0 ? renderTemplate(prompts.summaryFormat, values) : "";
  return [
    { role: "system", content: renderTemplate(prompts.translateSystem, { ...values, summary_format: summaryFormat }) },
    { role: "user", content: renderTemplate(prompts.translateUser, { ...values, segments: renderSegments(document, job) }) },
  ];
}

/** A summary call reads the whole article; a translation call reads only its own units. */
function renderSegments(document: ArticleDocument, job: TranslationJob): string {
  const unitIds: readonly UnitId[] = job.unitIds.length > 0 ? job.unitIds : allUnitIds(document);
  return unitIds.map((unitId) => `[[${unitId}]] ${unitText(document, unitId)}`).join("\n");
}

export function allUnitIds(document: ArticleDocument): UnitId[] {
  const bodyIds = document.segments.map((_segment, index) => index + 1);
  return document.title ? ["title", ...bodyIds] : bodyIds;
}

export function unitText(document: ArticleDocument, unitId: UnitId): string {
  const segment = unitId === "title" ? document.title : document.segments[unitId - 1];
  return (segment?.text ?? "").replace(/\s*\n\s*/g, " ");
}
