import type { Segment } from "./article-document";
import { decodeHtmlText } from "./decode-html-text";
import { HtmlSegmentAssembler } from "./html-segment-assembler";
import type { StartTagToken } from "./html-token";
import { leadingHtmlWhitespace, trailingHtmlWhitespace } from "./html-whitespace";

/** Attributes whose value is text for a reader, translated as its own segment. */
const translatableAttributes: ReadonlySet<string> = new Set(["alt", "title"]);

/**
 * A start tag cut around its translatable attribute values:
 * `chunks[0] values[0] chunks[1] … chunks[n]`. Each value is the raw source without its outer
 * whitespace; the chunks write it in double quotes, whatever quotes the source used.
 */
export interface TagTemplate {
  readonly chunks: readonly string[];
  readonly values: readonly string[];
}

export function templateTag(html: string, tag: StartTagToken): TagTemplate {
  const chunks: string[] = [];
  const values: string[] = [];
  let cursor = tag.start;
  let pending = "";
  for (const attribute of tag.attributes) {
    const raw = attribute.value ?? "";
    if (!translatableAttributes.has(attribute.name) || !hasDecodedLetters(raw)) continue;
    const leading = leadingHtmlWhitespace(raw);
    const trailing = trailingHtmlWhitespace(raw.slice(leading.length));
    const quoteLength = attribute.quote.length;
    chunks.push(`${pending}${html.slice(cursor, attribute.valueStart - quoteLength)}"${leading}`);
    values.push(raw.slice(leading.length, raw.length - trailing.length));
    pending = `${trailing}"`;
    cursor = attribute.valueEnd + quoteLength;
  }
  chunks.push(pending + html.slice(cursor, tag.end));
  return { chunks, values };
}

/** The segment for one attribute value. */
export function attributeValueSegment(rawValue: string): Segment {
  const assembler = new HtmlSegmentAssembler();
  assembler.addSourceText(rawValue);
  return assembler.toSegment("attribute");
}

function hasDecodedLetters(raw: string): boolean {
  return decodeHtmlText(raw).some((piece) => "text" in piece && /\p{L}/u.test(piece.text));
}
