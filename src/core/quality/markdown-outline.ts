/** The Markdown a segment carries: link URLs, emphasis markers, code spans, a block marker. */
export interface MarkdownOutline {
  readonly urls: readonly string[];
  readonly strong: number;
  readonly emphasis: number;
  readonly code: number;
  readonly block: "heading" | "list" | "quote" | undefined;
}

const linkPattern = /\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/gu;
const strongPattern = /\*\*|__/gu;
/** A lone * or an _ at a word's edge (snake_case words are not emphasis). */
const emphasisPattern = /\*|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
const codePattern = /`+/gu;
const headingPattern = /^\s{0,3}#{1,6}\s/u;
const listPattern = /^\s*(?:[-*+]|\d+[.)])\s/u;
const quotePattern = /^\s{0,3}>/u;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function blockMarker(text: string): MarkdownOutline["block"] {
  if (headingPattern.test(text)) return "heading";
  if (listPattern.test(text)) return "list";
  if (quotePattern.test(text)) return "quote";
  return undefined;
}

export function outlineMarkdown(text: string): MarkdownOutline {
  const urls = Array.from(text.matchAll(linkPattern), (match) => match[1] ?? "").sort();
  const withoutLinks = text.replace(linkPattern, " ");
  const withoutStrong = withoutLinks.replace(strongPattern, " ");
  return {
    urls,
    strong: count(withoutLinks, strongPattern),
    emphasis: count(withoutStrong, emphasisPattern),
    code: count(withoutLinks, codePattern),
    block: blockMarker(text),
  };
}
