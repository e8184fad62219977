import type { ArticleDocument } from "./article-document";
import { fillHtmlSegment } from "./fill-html-segment";
import { fillMarkdownSegment } from "./markdown-link-titles";
import { restoreInlineMarkup } from "./protect-inline-markup";

/** Fills the document's template with translated segments, restoring protected markup. */
export function reassembleBody(document: ArticleDocument, translations: readonly string[]): string {
  return document.body
    .map((piece) => {
      if ("literal" in piece) return piece.literal;
      if (document.format === "html") {
        return fillHtmlSegment(document.segments, piece.segmentIndex, translations);
      }
      return fillMarkdownSegment(document.segments, piece.segmentIndex, translations);
    })
    .join("");
}

export function reassembleTitle(
  document: ArticleDocument,
  translation: string | null,
): string | null {
  if (document.title === null || translation === null) return null;
  if (document.format === "html") return fillHtmlSegment([document.title], 0, [translation]);
  return restoreInlineMarkup(translation, document.title.protectedParts);
}
