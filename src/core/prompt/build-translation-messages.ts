import type { ArticleDocument } from "../article/article-document";
import type { ChatMessage } from "../model/language-model";
import type { JobUnit, TranslationJob } from "../plan/translation-job";
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
  const allCodes = job.languages.map((language) => language.code);
  const values = {
    target_codes: allCodes.join(", "),
    language_notes: job.languages
      .flatMap((language) => language.promptNotes.map((note) => `- ${language.code}: ${note}`))
      .join("\n"),
    context: headlineContext(document, job) + styleInstructions,
    glossary: glossaryInstructions,
    corrections,
    segments: job.units.map((unit) => segmentLine(document, unit, allCodes)).join("\n"),
  };
  return [
    { role: "system", content: renderTemplate(prompts.translateSystem, values).trim() },
    { role: "user", content: renderTemplate(prompts.translateUser, values) },
  ];
}

/** `[[id]] text` when the unit is wanted in every language of the call, `[[id xx]] text` else. */
function segmentLine(
  document: ArticleDocument,
  unit: JobUnit,
  allCodes: readonly string[],
): string {
  const marker =
    unit.languageCodes.length === allCodes.length
      ? String(unit.id)
      : `${unit.id} ${unit.languageCodes.join(" ")}`;
  return `[[${marker}]] ${unitText(document, unit.id)}`;
}

function headlineContext(document: ArticleDocument, job: TranslationJob): string {
  if (!document.title || job.units.some((unit) => unit.id === "title")) return "";
  return `Headline, for context only: ${unitText(document, "title")}\n`;
}
