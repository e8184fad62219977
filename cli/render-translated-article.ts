import type { TranslationResponse } from "../src/http/schemas/translation-response-schema";
import type { ArticleFormat } from "./article-format";

type LanguageResult = TranslationResponse["results"][string];

/** A translated file: the body alone, or the title first in the format's own way. */
export function renderTranslatedArticle(result: LanguageResult, format: ArticleFormat): string {
  const body = result.body.endsWith("\n") ? result.body : `${result.body}\n`;
  if (result.title === null) return body;
  return `${titleLine(result.title, format)}\n\n${body}`;
}

function titleLine(title: string, format: string): string {
  if (format === "markdown") return `# ${title}`;
  if (format === "html") return `<h1>${title}</h1>`;
  return title;
}
