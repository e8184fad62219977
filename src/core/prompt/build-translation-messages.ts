import type { ArticleDocument } from "../article/article-document";
import type { ChatMessage } from "../model/language-model";
import type { TranslationJob } from "../plan/translation-job";
import type { PromptSet } from "./prompt-set";
import { renderTemplate } from "./render-template";
import { unitText } from "./unit-text";

/**
 * The system prompt carries the rules; the user message the article's units, fenced and one
 * a line, so the article is always data. A call without the title gets it as context, which
 * keeps names and tone consistent across calls without resending the article.
 */
export function buildTranslationMessages(
  prompts: PromptSet,
  document: ArticleDocument,
  job: TranslationJob,
  glossaryInstructions: string,
  corrections = "",
  styleInstructions = "",
): ChatMessage[] {
  const values = {
    target_name: job.language.promptName,
    target_code: job.language.code,
    language_notes: job.language.promptNotes.map((note) => `- ${note}`).join("\n"),
    context: headlineContext(document, job) + styleInstructions,
    glossary: glossaryInstructions,
    corrections,
    segments: job.unitIds.map((unitId) => `[[${unitId}]] ${unitText(document, unitId)}`).join("\n"),
  };
  return [
    { role: "system", content: renderTemplate(prompts.translateSystem, values).trim() },
    { role: "user", content: renderTemplate(prompts.translateUser, values) },
  ];
}

function headlineContext(document: ArticleDocument, job: TranslationJob): string {
  if (!document.title || job.unitIds.includes("title")) return "";
  return `Headline, for context only: ${unitText(document, "title")}\n`;
}
