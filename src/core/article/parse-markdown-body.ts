import type { DocumentPiece, Segment, SegmentRole } from "./article-document";
import { DocumentBuilder } from "./document-builder";

/**
 * A line-based Markdown reader that finds the text to translate and keeps everything
 * else (markers, indentation, fences, tables' pipes, front matter, HTML) byte for byte.
 */
const fencePattern = /^\s{0,3}(`{3,}|~{3,})/;
const headingPattern = /^(\s{0,3}#{1,6}[ \t]+)(.*?)([ \t]+#+)?$/;
const thematicBreakPattern = /^\s{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const setextUnderlinePattern = /^\s{0,3}(?:=+|-+)[ \t]*$/;
const tableRowPattern = /^\s*\|.*\|\s*$/;
const tableSeparatorPattern = /^\s*\|?[\s:|-]+\|?\s*$/;
/** CommonMark's block-level tag names: a line opening or closing one starts an HTML block. */
const blockTagPattern =
  /^\s{0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:\s|\/?>|$)/i;
/**
 * A line that is only one complete opening or closing tag (`<img src="a.png" alt="…">`):
 * kept as it is. A line that opens with an inline tag and goes on with text
 * (`<strong>Lire aussi :</strong> …`) is a paragraph, whose tags are protected.
 */
const loneTagPattern =
  /^\s{0,3}(?:<[a-zA-Z][\w-]*(?:\s+[a-zA-Z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[a-zA-Z][\w-]*\s*>)\s*$/;
/**
 * Raw HTML blocks that run to an end marker, blank lines included (CommonMark's HTML blocks
 * 1 to 5): scripts, styles, preformatted text, comments, processing instructions,
 * declarations and CDATA. Other HTML lines are kept one by one.
 */
const htmlBlockEnds: ReadonlyArray<{ readonly start: RegExp; readonly end: RegExp }> = [
  {
    start: /^\s{0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i,
    end: /<\/(?:script|pre|style|textarea)>/i,
  },
  { start: /^\s{0,3}<!--/, end: /-->/ },
  { start: /^\s{0,3}<\?/, end: /\?>/ },
  { start: /^\s{0,3}<![A-Za-z]/, end: />/ },
  { start: /^\s{0,3}<!\[CDATA\[/, end: /\]\]>/ },
];
const listItemPattern = /^(\s*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)(.*)$/;
const quotePattern = /^(\s{0,3}(?:>[ \t]?)+)(.*)$/;
const indentedCodePattern = /^(?: {4}|\t)/;
/**
 * `[label]: https://… "title"`: a link reference definition, kept as it is. A destination
 * then at most a title: `[Mise à jour]: le texte…` is a paragraph.
 */
const linkDefinitionPattern =
  /^\s{0,3}\[(?!\^)[^\]]+\]:[ \t]*(?:<[^>\n]*>|\S+)(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$/;
/** `[^1]: text`: a footnote, whose text is translated. */
const footnotePattern = /^(\s{0,3}\[\^[^\]\s]+\]:[ \t]*)(\S.*)$/;

type LineHandler = (lines: readonly string[], start: number, builder: DocumentBuilder) => number;

export function parseMarkdownBody(markdown: string): {
  segments: Segment[];
  body: DocumentPiece[];
} {
  const lines = markdown.split("\n");
  const builder = new DocumentBuilder("markdown");
  let index = readFrontMatter(lines, builder);
  while (index < lines.length) {
    if (index > 0) builder.addLiteral("\n");
    index = pickHandler(lines, index)(lines, index, builder);
  }
  return { segments: builder.segments, body: builder.finish() };
}

function readFrontMatter(lines: readonly string[], builder: DocumentBuilder): number {
  if (lines[0] !== "---") return 0;
  const end = lines.indexOf("---", 1);
  if (end === -1) return 0;
  builder.addLiteral(lines.slice(0, end + 1).join("\n"));
  return end + 1;
}

function pickHandler(lines: readonly string[], index: number): LineHandler {
  const line = lines[index] ?? "";
  const previous = index > 0 ? (lines[index - 1] ?? "") : "";
  if (line.trim() === "") return readLiteralLine;
  if (fencePattern.test(line)) return readFencedCode;
  if (indentedCodePattern.test(line) && previous.trim() === "") return readLiteralLine;
  if (headingPattern.test(line)) return readHeading;
  if (thematicBreakPattern.test(line)) return readLiteralLine;
  if (tableRowPattern.test(line)) return readTableRow;
  if (startsHtmlBlock(line)) return readHtmlBlock;
  if (linkDefinitionPattern.test(line)) return readLiteralLine;
  if (footnotePattern.test(line)) return readFootnote;
  if (listItemPattern.test(line)) return readListItem;
  if (quotePattern.test(line)) return readQuote;
  return readParagraph;
}

function readLiteralLine(
  lines: readonly string[],
  index: number,
  builder: DocumentBuilder,
): number {
  builder.addLiteral(lines[index] ?? "");
  return index + 1;
}

function startsHtmlBlock(line: string): boolean {
  return (
    htmlBlockEnds.some(({ start }) => start.test(line)) ||
    blockTagPattern.test(line) ||
    loneTagPattern.test(line)
  );
}

/** An HTML line, or the whole block when it runs to an end marker (a script's `</script>`). */
function readHtmlBlock(lines: readonly string[], index: number, builder: DocumentBuilder): number {
  const last = htmlBlockEnd(lines, index);
  builder.addLiteral(lines.slice(index, last + 1).join("\n"));
  return last + 1;
}

/** The last line of the HTML block opening at `index`: itself, or the line with the end marker. */
function htmlBlockEnd(lines: readonly string[], index: number): number {
  const line = lines[index] ?? "";
  const kind = htmlBlockEnds.find(({ start }) => start.test(line));
  if (kind === undefined || kind.end.test(line.replace(kind.start, ""))) return index;
  let end = index + 1;
  while (end < lines.length && !kind.end.test(lines[end] ?? "")) end += 1;
  return Math.min(end, lines.length - 1);
}

function readFencedCode(lines: readonly string[], index: number, builder: DocumentBuilder): number {
  const last = fenceEnd(lines, index);
  builder.addLiteral(lines.slice(index, last + 1).join("\n"));
  return last + 1;
}

/** The line of the fence that closes the one opening at `index` (the last line if none does). */
function fenceEnd(lines: readonly string[], index: number): number {
  const opening = fencePattern.exec(lines[index] ?? "")?.[1] ?? "```";
  let end = index + 1;
  while (end < lines.length && !isClosingFence(lines[end] ?? "", opening)) end += 1;
  return Math.min(end, lines.length - 1);
}

function isClosingFence(line: string, opening: string): boolean {
  const trimmed = line.trim();
  return trimmed.startsWith(opening) && /^(`+|~+)$/.test(trimmed);
}

function readHeading(lines: readonly string[], index: number, builder: DocumentBuilder): number {
  const [, prefix = "", text = "", closing = ""] = headingPattern.exec(lines[index] ?? "") ?? [];
  builder.addLiteral(prefix);
  builder.addSegment("heading", text);
  builder.addLiteral(closing);
  return index + 1;
}

function readTableRow(lines: readonly string[], index: number, builder: DocumentBuilder): number {
  const line = lines[index] ?? "";
  if (tableSeparatorPattern.test(line)) return readLiteralLine(lines, index, builder);
  for (const part of line.split(/(\s*(?<!\\)\|\s*)/)) {
    if (/^\s*\|\s*$/.test(part) || part.trim() === "") builder.addLiteral(part);
    else builder.addSegment("table-cell", part);
  }
  return index + 1;
}

/**
 * A block that opens with a marker kept as it is (`- `, `1. `, `[^1]: `) and goes on over its
 * continuation lines: the marker is literal, the text one segment of `role`.
 */
function readMarkedBlock(pattern: RegExp, role: SegmentRole): LineHandler {
  return (lines, index, builder) => {
    const [, marker = "", first = ""] = pattern.exec(lines[index] ?? "") ?? [];
    const end = findContinuationEnd(lines, index + 1);
    builder.addLiteral(marker);
    builder.addSegment(role, joinLines([first, ...lines.slice(index + 1, end)], leadingSpace));
    return end;
  };
}

const readListItem = readMarkedBlock(listItemPattern, "list-item");
const readFootnote = readMarkedBlock(footnotePattern, "paragraph");

/** The quote marks of a line (`> `, `> > `) and what follows them. */
function splitQuote(line: string): readonly [prefix: string, text: string] {
  const [, prefix = "", text = ""] = quotePattern.exec(line) ?? [];
  return [prefix, text];
}

/** How deep a line's quote marks nest: `> > ` and `>>` are 2. */
function quoteDepth(marks: string): number {
  return marks.split(">").length - 1;
}

/** The lines from `index` on that are quoted as deep (a bare `>` too), without their marks. */
function quotedLines(lines: readonly string[], index: number): string[] {
  const depth = quoteDepth(splitQuote(lines[index] ?? "")[0]);
  const texts: string[] = [];
  for (let next = index; next < lines.length; next += 1) {
    const [marks, text] = splitQuote(lines[next] ?? "");
    if (marks === "" || quoteDepth(marks) !== depth) break;
    texts.push(text);
  }
  return texts;
}

/**
 * A quote's lines: a paragraph goes on over the lines with the same marks; a fenced code or
 * HTML block that runs to an end marker is kept whole, marks included; any other block (a
 * heading, a list item) is read on its own line.
 */
function readQuote(lines: readonly string[], index: number, builder: DocumentBuilder): number {
  const [prefix, first] = splitQuote(lines[index] ?? "");
  const texts = quotedLines(lines, index);
  const handler = pickHandler(texts, 0);
  if (handler === readFencedCode || handler === readHtmlBlock) {
    const last = index + (handler === readFencedCode ? fenceEnd : htmlBlockEnd)(texts, 0);
    builder.addLiteral(lines.slice(index, last + 1).join("\n"));
    return last + 1;
  }
  builder.addLiteral(prefix);
  if (handler !== readParagraph) {
    handler([first], 0, builder);
    return index + 1;
  }
  const quoted = lines.slice(index, index + texts.length);
  return (
    index + readParagraphLines(builder, { lines: quoted, texts, start: 0 }, "quote", quoteLead)
  );
}

function readParagraph(lines: readonly string[], index: number, builder: DocumentBuilder): number {
  return readParagraphLines(
    builder,
    { lines, texts: lines, start: index },
    "paragraph",
    leadingSpace,
  );
}

/** A paragraph's lines as written (`lines`) and as read (`texts`: without quote marks). */
interface ParagraphLines {
  readonly lines: readonly string[];
  readonly texts: readonly string[];
  readonly start: number;
}

/**
 * The paragraph starting at `start`, one segment of `role` (a heading when a setext underline
 * follows it); returns the index of the line after it.
 */
function readParagraphLines(
  builder: DocumentBuilder,
  { lines, texts, start }: ParagraphLines,
  role: SegmentRole,
  leadOf: LeadOf,
): number {
  const end = findContinuationEnd(texts, start + 1);
  const isSetextHeading = end < texts.length && setextUnderlinePattern.test(texts[end] ?? "");
  builder.addSegment(
    isSetextHeading ? "heading" : role,
    joinLines(lines.slice(start, end), leadOf),
  );
  if (!isSetextHeading) return end;
  builder.addLiteral(`\n${lines[end]}`);
  return end + 1;
}

/** Lines that continue a paragraph or list item: not blank and not the start of another block. */
function findContinuationEnd(lines: readonly string[], start: number): number {
  let end = start;
  while (end < lines.length && isContinuation(lines, end)) end += 1;
  return end;
}

/**
 * Lines that go on with a paragraph: not blank, not the start of another block. A tag alone
 * on a line (`<br>`) does not end a paragraph, as in CommonMark.
 */
function isContinuation(lines: readonly string[], index: number): boolean {
  const line = lines[index] ?? "";
  if (line.trim() === "" || setextUnderlinePattern.test(line)) return false;
  const handler = pickHandler(lines, index);
  if (handler === readHtmlBlock) return isInlineTagLine(line);
  return (
    handler === readParagraph || (handler === readLiteralLine && indentedCodePattern.test(line))
  );
}

/** A line that is one inline tag (`<br>`, `</span>`): not a block tag, not a script or comment. */
function isInlineTagLine(line: string): boolean {
  if (!loneTagPattern.test(line) || blockTagPattern.test(line)) return false;
  return !htmlBlockEnds.some(({ start }) => start.test(line));
}

/** What comes before a line's text: its indentation, and in a quote the quote marks too. */
type LeadOf = (line: string) => string;

const leadingSpace: LeadOf = (line) => line.slice(0, line.length - line.trimStart().length);
const quoteLead: LeadOf = (line) => {
  const [prefix, text] = splitQuote(line);
  return prefix + leadingSpace(text);
};

/**
 * One paragraph's lines as one line of text: a soft break becomes a space, a hard break (two
 * spaces or a backslash at the end of a line) is kept as it is with the next line's lead
 * (indentation, quote marks), for the inline reader to protect.
 */
function joinLines(lines: readonly string[], leadOf: LeadOf): string {
  return lines
    .map((line, index) => {
      const text = line.slice(leadOf(line).length).trim();
      if (index === lines.length - 1) return text;
      const nextLead = leadOf(lines[index + 1] ?? "");
      const trailing = line.slice(line.trimEnd().length);
      if (/ {2,}$/.test(trailing)) return `${text}${trailing}\n${nextLead}`;
      const backslashBreak = text.endsWith("\\") && !text.endsWith("\\\\");
      return backslashBreak ? `${text}\n${nextLead}` : `${text} `;
    })
    .join("");
}
