import type { ArticleDocument, Segment } from "./article-document";
import { normalizeText } from "./normalize-text";
import { parseHtmlArticle } from "./parse-html-article";
import { parseMarkdownBody } from "./parse-markdown-body";
import { parseTextBody } from "./parse-text-body";
import { protectInlineMarkup } from "./protect-inline-markup";
import { stripWebResidue } from "./strip-web-residue";

export interface ArticleInput {
  readonly title?: string | null | undefined;
  readonly body: string;
  readonly format: ArticleDocument["format"];
}

/** Turns an article into segments to translate and a template to put them back in. */
export function parseArticle(input: ArticleInput): ArticleDocument {
  if (input.format === "html") return parseHtmlArticle(input.title, input.body);
  const { paragraphs, removed } = stripWebResidue(
    normalizeText(input.body, input.format).split(/\n\n/),
  );
  const { segments, body } =
    input.format === "markdown"
      ? parseMarkdownBody(paragraphs.join("\n\n"))
      : parseTextBody(paragraphs);
  return {
    format: input.format,
    title: parseTitle(input.title, input.format),
    segments,
    body,
    removedResidue: removed,
  };
}

function parseTitle(title: string | null | undefined, format: "text" | "markdown"): Segment | null {
  const normalized = normalizeText(title ?? "").replace(/\n/g, " ");
  if (normalized === "") return null;
  return { role: "title", ...protectInlineMarkup(normalized, format) };
}
