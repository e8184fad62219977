/**
 * Replaces what a translator must not touch (link targets, inline code, raw HTML tags,
 * bare URLs and e-mail addresses) by numbered ⟦n⟧ tokens, and puts them back afterwards.
 */
const markdownPatterns: readonly RegExp[] = [
  /`[^`\n]+`/g, // inline code
  /\]\((?:[^()\s]|\([^()\s]*\))+(?:\s+"[^"]*")?\)/g, // link or image target: ](url "title")
  /<(?:https?:\/\/|mailto:)[^>\s]+>/g, // autolink
  /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/g, // inline HTML tag
];
const plainPatterns: readonly RegExp[] = [
  /\bhttps?:\/\/[^\s<>()"]+[^\s<>()".,;:!?»]/g, // bare URL
  /(?<![\w.+-])[\w+-][\w.+-]{0,63}@[\w-]+(?:\.[\w-]+)+\b/g, // e-mail address (linear time)
];

export interface ProtectedText {
  readonly text: string;
  readonly protectedParts: readonly string[];
}

export const placeholderPattern = /⟦(\d+)⟧/g;

export function protectInlineMarkup(text: string, format: "text" | "markdown"): ProtectedText {
  const protectedParts: string[] = [];
  const patterns = format === "markdown" ? [...markdownPatterns, ...plainPatterns] : plainPatterns;
  let result = text;
  for (const pattern of patterns) {
    result = result.replace(pattern, (match) => protectMatch(match, protectedParts));
  }
  return { text: result, protectedParts };
}

function protectMatch(match: string, protectedParts: string[]): string {
  if (match.startsWith("](")) {
    protectedParts.push(match.slice(2, -1));
    return `](⟦${protectedParts.length}⟧)`;
  }
  protectedParts.push(match);
  return `⟦${protectedParts.length}⟧`;
}

export function restoreInlineMarkup(text: string, protectedParts: readonly string[]): string {
  return text.replace(placeholderPattern, (match, index: string) => {
    return protectedParts[Number(index) - 1] ?? match;
  });
}

/** The ⟦n⟧ tokens of a text, sorted, to compare a translation with its source. */
export function listPlaceholders(text: string): string[] {
  return [...text.matchAll(placeholderPattern)].map((match) => match[0]).sort();
}
