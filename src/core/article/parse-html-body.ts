import type { DocumentPiece, Segment } from "./article-document";
import { HtmlBodySegmenter } from "./html-body-segmenter";
import { HtmlDocumentBuilder } from "./html-document-builder";
import { tokenizeHtml } from "./html-tokenizer";
import { htmlReading, type MarkupReading } from "./markup-reading";
import { walkHtmlStructure } from "./walk-html-structure";

export { MalformedHtmlError } from "./malformed-html-error";
export { maxHtmlNestingDepth } from "./walk-html-structure";

/**
 * An HTML reader that sends text, never markup, to the model. Each block (p, h1–h6, li,
 * blockquote, figcaption, td…) gives one segment of its direct inline content, in which every
 * inline tag is a ⟦n⟧ token (an opening and a closing tag are separate tokens, so words can
 * move between them); alt and title values are segments of their own. Everything else (tags,
 * attributes, URLs, code, embeds, scripts, comments) comes back byte for byte.
 *
 * Normalisations: inside translated text, runs of whitespace become one space and character
 * references are decoded (then `&`, `<`, `>` and U+00A0 re-encoded); translated attribute
 * values are written in double quotes. Malformed HTML is rejected with MalformedHtmlError,
 * never repaired (see walkHtmlStructure for what is accepted). `reading` reads it as XML, or
 * keeps, splits on or joins the elements a caller names (DeepL's tag handling).
 */
export function parseHtmlBody(
  html: string,
  reading: MarkupReading = htmlReading,
): { segments: Segment[]; body: DocumentPiece[] } {
  const builder = new HtmlDocumentBuilder(html);
  const segmenter = new HtmlBodySegmenter(builder, reading);
  walkHtmlStructure(html, tokenizeHtml(html), segmenter, reading);
  segmenter.finish();
  return { segments: builder.segments, body: builder.finish() };
}
