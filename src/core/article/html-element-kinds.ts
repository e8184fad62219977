import type { StartTagToken } from "./html-token";
import { htmlReading, type MarkupReading } from "./markup-reading";

/** How the HTML reader treats each element, by lower-cased tag name (HTML Living Standard). */

/** Elements that never have content or an end tag. */
export const voidElements: ReadonlySet<string> = new Set([
  "area",
  "base",
  "basefont",
  "bgsound",
  "br",
  "col",
  "embed",
  "frame",
  "hr",
  "img",
  "input",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);

/** Elements whose content is not markup: the tokenizer reads it up to the matching end tag. */
export const rawTextElements: ReadonlySet<string> = new Set([
  "script",
  "style",
  "textarea",
  "title",
  "xmp",
  "iframe",
  "noembed",
  "noframes",
  "plaintext",
]);

/** SVG and MathML: self-closing tags close there, and implied end tags do not apply. */
export const foreignElements: ReadonlySet<string> = new Set(["svg", "math"]);

/** End tags an author may omit; the element closes when a later tag implies it. */
export const optionalEndElements: ReadonlySet<string> = new Set([
  "html",
  "head",
  "body",
  "p",
  "li",
  "dt",
  "dd",
  "rt",
  "rp",
  "optgroup",
  "option",
  "colgroup",
  "caption",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "td",
  "th",
]);

/** Kept byte for byte; inside a paragraph the whole element becomes one ⟦n⟧ token. */
export const opaqueInlineElements: ReadonlySet<string> = new Set([
  "code",
  "kbd",
  "samp",
  "var",
  "iframe",
  "video",
  "audio",
  "object",
  "embed",
  "svg",
  "math",
  "script",
  "style",
  "canvas",
  "noscript",
  "textarea",
  "select",
  "title",
  "noembed",
  "noframes",
]);

/**
 * Opaque elements whose content is kept but whose start tag speaks to the reader: their `alt`
 * and `title` values are translated like any other tag's (an embedded video's title, a code
 * sample's tooltip). Scripts, styles, templates and the like keep their start tag too.
 */
export const readerFacingOpaqueElements: ReadonlySet<string> = new Set([
  "code",
  "kbd",
  "samp",
  "var",
  "pre",
  "iframe",
  "video",
  "audio",
  "object",
  "embed",
  "canvas",
  "textarea",
  "select",
]);

/** Kept byte for byte and never part of a paragraph. */
export const opaqueBlockElements: ReadonlySet<string> = new Set([
  "pre",
  "listing",
  "xmp",
  "plaintext",
  "template",
  "head",
  "frameset",
]);

/** Elements that end the paragraph before them; their direct text is a segment of its own. */
export const blockElements: ReadonlySet<string> = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "center",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "legend",
  "li",
  "main",
  "menu",
  "nav",
  "ol",
  "optgroup",
  "option",
  "p",
  "search",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);

/** Start tags that close an open `<p>` (HTML: "close a p element"). */
const paragraphClosers: ReadonlySet<string> = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "center",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dd",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "li",
  "listing",
  "main",
  "menu",
  "nav",
  "ol",
  "p",
  "plaintext",
  "pre",
  "search",
  "section",
  "summary",
  "table",
  "ul",
  "xmp",
]);

const impliedEndTargets: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["li", new Set(["li"])],
  ["dt", new Set(["dt", "dd"])],
  ["dd", new Set(["dt", "dd"])],
  ["td", new Set(["td", "th"])],
  ["th", new Set(["td", "th"])],
  ["tr", new Set(["tr", "td", "th"])],
  ["thead", new Set(["thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup"])],
  ["tbody", new Set(["thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup"])],
  ["tfoot", new Set(["thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup"])],
  ["option", new Set(["option"])],
  ["optgroup", new Set(["option", "optgroup"])],
  ["rt", new Set(["rt", "rp"])],
  ["rp", new Set(["rt", "rp"])],
  ["body", new Set(["head"])],
]);

/** Does a start tag named `opening` imply the end of an open element named `open`? */
export function impliesEndOf(opening: string, open: string): boolean {
  if (open === "p" && paragraphClosers.has(opening)) return true;
  return impliedEndTargets.get(opening)?.has(open) ?? false;
}

export type HtmlElementKind = "block" | "inline" | "opaque-block" | "opaque-inline";

/**
 * How the reader treats an element; `translate="no"`, class `notranslate` and the reading's
 * kept elements make it opaque, the reading's splitting elements make it a block.
 */
export function classifyHtmlElement(
  tag: StartTagToken,
  reading: MarkupReading = htmlReading,
): HtmlElementKind {
  const isBlock = isBlockIn(reading, tag.name);
  const kept = isMarkedUntranslatable(tag) || (reading.keptElements?.includes(tag.name) ?? false);
  if (opaqueBlockElements.has(tag.name) || (isBlock && kept)) return "opaque-block";
  if (opaqueInlineElements.has(tag.name) || kept) return "opaque-inline";
  return isBlock ? "block" : "inline";
}

/**
 * Does an opaque element keep its `alt` and `title` values untranslated? Yes unless it is
 * reader-facing and neither marked untranslatable nor kept by the reading.
 */
export function keepsAttributes(tag: StartTagToken, reading: MarkupReading = htmlReading): boolean {
  if (!readerFacingOpaqueElements.has(tag.name)) return true;
  return isMarkedUntranslatable(tag) || (reading.keptElements?.includes(tag.name) ?? false);
}

function isBlockIn(reading: MarkupReading, name: string): boolean {
  if (reading.splittingElements?.includes(name)) return true;
  if (reading.nonSplittingElements?.includes(name)) return false;
  return blockElements.has(name);
}

function isMarkedUntranslatable(tag: StartTagToken): boolean {
  return tag.attributes.some(
    (attribute) =>
      (attribute.name === "translate" && attribute.value?.trim().toLowerCase() === "no") ||
      (attribute.name === "class" && /(?:^|\s)notranslate(?:\s|$)/i.test(attribute.value ?? "")),
  );
}
