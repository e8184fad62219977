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
const htmlBlockPattern = /^\s{0,3}<(?:[a-zA-Z][\w-]*|!--|\/[a-zA-Z]|[?!])/;
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
  if (htmlBlockPattern.test(line)) return readHtmlBlock;
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

/** An HTML line, or the whole block when it runs to an end marker (a script's `</script>`). */
function readHtmlBlock(lines: readonly string[], index: number, builder: DocumentBuilder): number {
  const line = lines[index] ?? "";
  const kind = htmlBlockEnds.find(({ start }) => start.test(line));
  if (kind === undefined) return readLiteralLine(lines, index, builder);
  let end = index;
  const afterOpening = line.replace(kind.start, "");
  if (!kind.end.test(afterOpening)) {
    end += 1;
    while (end < lines.length && !kind.end.test(lines[end] ?? "")) end += 1;
  }
  const last = Math.min(end, lines.length - 1);
  builder.addLiteral(lines.slice(index, last + 1).join("\n"));
  return last + 1;
}

function readFencedCode(lines: readonly string[], index: number, builder: DocumentBuilder): number {
  const opening = fencePattern.exec(lines[index] ?? "")?.[1] ?? "```";
  let end = index + 1;
  while (end < lines.length && !isClosingFence(lines[end] ?? "", opening)) end += 1;
  const last = Math.min(end, lines.length - 1);
  builder.addLiteral(lines.slice(index, last + 1).join("\n"));
  return last + 1;
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
    builder.addSegment(role, joinLines([first, ...lines.slice(index + 1, end)]));
    return end;
  };
}

const readListItem = readMarkedBlock(listItemPattern, "list-item");
const readFootnote = readMarkedBlock(footnotePattern, "paragraph");

function readQuote(lines: readonly string[], index: number, builder: DocumentBuilder): number {
  const [, prefix = "", first = ""] = quotePattern.exec(lines[index] ?? "") ?? [];
  let end = index + 1;
  const texts = [first];
  while (end < lines.length && quotePattern.exec(lines[end] ?? "")?.[1] === prefix) {
    const text = quotePattern.exec(lines[end] ?? "")?.[2] ?? "";
    if (text.trim() === "" || pickHandler([text], 0) !== readParagraph) break;
    texts.push(text);
    end += 1;
  }
  builder.addLiteral(prefix);
  if (pickHandler([first], 0) === readParagraph) builder.addSegment("quote", joinLines(texts));
  else pickHandler([first], 0)([first], 0, builder);
  return end;
}

function readParagraph(lines: readonly string[], index: number, builder: DocumentBuilder): number {
  const end = findContinuationEnd(lines, index + 1);
  const underline = lines[end] ?? "";
  const isSetextHeading = end < lines.length && setextUnderlinePattern.test(underline);
  builder.addSegment(isSetextHeading ? "heading" : "paragraph", joinLines(lines.slice(index, end)));
  if (!isSetextHeading) return end;
  builder.addLiteral(`\n${underline}`);
  return end + 1;
}

/** Lines that continue a paragraph or list item: not blank and not the start of another block. */
function findContinuationEnd(lines: readonly string[], start: number): number {
  let end = start;
  while (end < lines.length && isContinuation(lines, end)) end += 1;
  return end;
}

function isContinuation(lines: readonly string[], index: number): boolean {
  const line = lines[index] ?? "";
  if (line.trim() === "" || setextUnderlinePattern.test(line)) return false;
  const handler = pickHandler(lines, index);
  return (
    handler === readParagraph || (handler === readLiteralLine && indentedCodePattern.test(line))
  );
}

/**
 * One paragraph's lines as one line of text: a soft break becomes a space, a hard break (two
 * spaces or a backslash at the end of a line) is kept as it is, for the inline reader to
 * protect.
 */
function joinLines(lines: readonly string[]): string {
  return lines
    .map((line, index) => {
      const text = line.trim();
      if (index === lines.length - 1) return text;
      const trailing = line.slice(line.trimEnd().length);
      if (/ {2,}$/.test(trailing)) return `${text}${trailing}\n`;
      return text.endsWith("\\") && !text.endsWith("\\\\") ? `${text}\n` : `${text} `;
    })
    .join("");
}
