import type { ArticleDocument } from "../../../core/article/article-document";
import { htmlReading, type MarkupReading } from "../../../core/article/markup-reading";
import { MalformedHtmlError, parseHtmlBody } from "../../../core/article/parse-html-body";
import { CompatRequestError } from "./compat-request-error";
import { mergeTextParts, type TextParts } from "./merge-text-parts";
import { segmentPlainText } from "./segment-plain-text";

/** How the texts of a request are read: plain text, or HTML (DeepL's tag handling). */
export type TextsFormat = "text" | "html";

/**
 * Marks where one text ends and the next begins in the combined document. It is a literal,
 * never sent to a model; NUL is removed from the texts first so it cannot occur in them.
 */
const textSeparator = "\u0000";

/**
 * All the texts of one request as one document, so each language is translated in one model
 * call (or as few as the per-call size allows) instead of one call per text. HTML is read by
 * the core's HTML reader; malformed HTML is refused.
 */
export function buildTextsDocument(
  texts: readonly string[],
  format: TextsFormat,
  reading: MarkupReading = htmlReading,
): ArticleDocument {
  const parts = texts.map((text) => parseText(text.replaceAll(textSeparator, ""), format, reading));
  const { segments, body } = mergeTextParts(parts, textSeparator);
  return { format, title: null, segments, body, removedResidue: [] };
}

/** The translated body cut back into one text per input text, in order. */
export function splitTextsBody(body: string, count: number): string[] {
  const texts = body.split(textSeparator);
  if (texts.length !== count) throw new Error("The translated texts could not be told apart");
  return texts;
}

function parseText(text: string, format: TextsFormat, reading: MarkupReading): TextParts {
  if (format === "text") return segmentPlainText(text);
  try {
    return parseHtmlBody(text, reading);
  } catch (error) {
    if (error instanceof MalformedHtmlError)
      throw new CompatRequestError("malformed_markup", error.message);
    throw error;
  }
}
