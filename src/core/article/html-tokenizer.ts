import { rawTextElements } from "./html-element-kinds";
import type { EndTagToken, HtmlAttribute, HtmlToken, StartTagToken } from "./html-token";
import { describeHtmlPosition, MalformedHtmlError } from "./malformed-html-error";

const whitespaceCharacters = "\t\n\f\r ";
const tagNameDelimiters = "\t\n\f\r />";
const attributeNameDelimiters = "\t\n\f\r />=";
const unquotedValueDelimiters = "\t\n\f\r >";

/**
 * Splits HTML into tags, text and comments as an HTML5 tokenizer does, with exact offsets.
 * A `<` that does not start markup ("3 < 5") is text. Throws MalformedHtmlError for what
 * cannot end: an unterminated tag or comment, or a raw-text element (`<script>`, `<style>`,
 * `<iframe>`…) without its end tag.
 */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let textStart = 0;
  let index = html.indexOf("<");
  while (index !== -1) {
    const token = readMarkup(html, index);
    if (token === null) {
      index = html.indexOf("<", index + 1);
      continue;
    }
    if (index > textStart) tokens.push({ kind: "text", start: textStart, end: index });
    tokens.push(token);
    textStart = token.kind === "start-tag" ? readRawText(html, token, tokens) : token.end;
    index = html.indexOf("<", textStart);
  }
  if (textStart < html.length) tokens.push({ kind: "text", start: textStart, end: html.length });
  return tokens;
}

function readMarkup(html: string, open: number): HtmlToken | null {
  const next = html[open + 1] ?? "";
  if (isAsciiLetter(next)) return readTag(html, open, "start-tag");
  if (next === "/" && isAsciiLetter(html[open + 2] ?? "")) return readTag(html, open, "end-tag");
  if (html.startsWith("<!-->", open)) return { kind: "comment", start: open, end: open + 5 };
  if (html.startsWith("<!--->", open)) return { kind: "comment", start: open, end: open + 6 };
  if (html.startsWith("<!--", open)) return readUntil(html, open, 4, "-->", "comment");
  if (html.startsWith("<![CDATA[", open)) return readUntil(html, open, 9, "]]>", "CDATA section");
  if (next === "!" || next === "?") return readUntil(html, open, 2, ">", "declaration");
  return null;
}

function readUntil(
  html: string,
  open: number,
  openerLength: number,
  terminator: string,
  what: string,
): HtmlToken {
  const end = html.indexOf(terminator, open + openerLength);
  if (end === -1) fail(html, open, `unterminated ${what}`);
  return { kind: "comment", start: open, end: end + terminator.length };
}

function readTag(
  html: string,
  open: number,
  kind: "start-tag" | "end-tag",
): StartTagToken | EndTagToken {
  const nameStart = open + (kind === "start-tag" ? 1 : 2);
  const nameEnd = skipUntil(html, nameStart, tagNameDelimiters);
  const name = html.slice(nameStart, nameEnd).toLowerCase();
  const attributes: HtmlAttribute[] = [];
  let selfClosing = false;
  let index = nameEnd;
  for (;;) {
    index = skipUntilNot(html, index, whitespaceCharacters);
    const character = html[index];
    if (character === undefined) fail(html, open, `unterminated tag <${name}`);
    if (character === ">") break;
    if (character === "/") {
      index += 1;
      selfClosing = html[index] === ">";
      continue;
    }
    const attribute = readAttribute(html, index, open, name);
    attributes.push(attribute);
    index = attribute.end;
  }
  const end = index + 1;
  if (kind === "end-tag") return { kind, name, start: open, end };
  return { kind, name, attributes, selfClosing, start: open, end };
}

function readAttribute(
  html: string,
  start: number,
  open: number,
  tagName: string,
): HtmlAttribute & { readonly end: number } {
  const nameEnd = skipUntil(html, start + 1, attributeNameDelimiters);
  const name = html.slice(start, nameEnd).toLowerCase();
  const equals = skipUntilNot(html, nameEnd, whitespaceCharacters);
  if (html[equals] !== "=") {
    return { name, value: null, valueStart: nameEnd, valueEnd: nameEnd, quote: "", end: nameEnd };
  }
  const valueStart = skipUntilNot(html, equals + 1, whitespaceCharacters);
  const quote = html[valueStart];
  if (quote === '"' || quote === "'") {
    const close = html.indexOf(quote, valueStart + 1);
    if (close === -1) fail(html, open, `unterminated attribute value in <${tagName}`);
    const value = html.slice(valueStart + 1, close);
    return { name, value, valueStart: valueStart + 1, valueEnd: close, quote, end: close + 1 };
  }
  const valueEnd = skipUntil(html, valueStart, unquotedValueDelimiters);
  const value = html.slice(valueStart, valueEnd);
  return { name, value, valueStart, valueEnd, quote: "", end: valueEnd };
}

/** After `<script>`, `<style>`… everything up to the matching end tag is one text token. */
function readRawText(html: string, token: StartTagToken, tokens: HtmlToken[]): number {
  if (!rawTextElements.has(token.name)) return token.end;
  const endTag = new RegExp(`</${token.name}[\\t\\n\\f\\r />]`, "gi");
  endTag.lastIndex = token.end;
  const match = endTag.exec(html);
  if (match === null) fail(html, token.start, `<${token.name}> has no </${token.name}>`);
  if (match.index > token.end) tokens.push({ kind: "text", start: token.end, end: match.index });
  return match.index;
}

function skipUntil(html: string, from: number, delimiters: string): number {
  let index = from;
  while (index < html.length && !delimiters.includes(html[index] ?? "")) index += 1;
  return index;
}

function skipUntilNot(html: string, from: number, characters: string): number {
  let index = from;
  while (index < html.length && characters.includes(html[index] ?? "")) index += 1;
  return index;
}

function isAsciiLetter(character: string): boolean {
  return /^[A-Za-z]$/.test(character);
}

function fail(html: string, offset: number, problem: string): never {
  throw new MalformedHtmlError([`${problem} (${describeHtmlPosition(html, offset)})`]);
}
