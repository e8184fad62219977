/**
 * Replaces what a translator must not touch (link targets, inline code, raw HTML tags, hard
 * line breaks, bare URLs and e-mail addresses) by numbered ⟦n⟧ tokens, and puts them back afterwards.
 */
/** A pattern, and a string every match of it contains: texts without it are not scanned. */
interface InlinePattern {
  readonly pattern: RegExp;
  readonly clue: string;
}

const markdownPatterns: readonly InlinePattern[] = [
  // hard line break: two spaces or a backslash, with the next line's indentation or quote marks
  { pattern: /(?: {2,}|\\)\n(?:[ \t]*>)*[ \t]*/g, clue: "\n" },
  { pattern: /`[^`\n]+`/g, clue: "`" }, // inline code
  // link target, with its title in double or single quotes or in parentheses
  {
    pattern: /\]\((?:[^()\s]|\([^()\s]*\))+(?:\s+(?:"[^"]*"|'[^']*'|\([^()]*\)))?\)/g,
    clue: "](",
  },
  { pattern: /\]\[[^\]\n]+\]/g, clue: "][" }, // reference link's label: [text][label]
  { pattern: /\[\^[^\]\s]+\]/g, clue: "[^" }, // footnote reference: [^1]
  { pattern: /<(?:https?:\/\/|mailto:)[^>\s]+>/g, clue: "<" }, // autolink
  { pattern: /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/g, clue: "<" }, // inline HTML tag
];
const plainPatterns: readonly InlinePattern[] = [
  // bare URL, which stops before a token already placed (a hard break right after it)
  { pattern: /\bhttps?:\/\/[^\s<>()"⟦⟧]+[^\s<>()".,;:!?»⟦⟧]/g, clue: "://" },
  // E-mail address (linear time).
  { pattern: /(?<![\w.+-])[\w+-][\w.+-]{0,63}@[\w-]+(?:\.[\w-]+)+\b/g, clue: "@" },
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
  for (const { pattern, clue } of patterns) {
    if (!result.includes(clue)) continue;
    result = result.replace(pattern, (match) => protectMatch(match, protectedParts));
  }
  return { text: result, protectedParts };
}

function protectMatch(match: string, protectedParts: string[]): string {
  if (match.startsWith("](")) {
    protectedParts.push(match.slice(2, -1));
    return `](⟦${protectedParts.length}⟧)`;
  }
  if (match.startsWith("][")) {
    protectedParts.push(match.slice(2, -1));
    return `][⟦${protectedParts.length}⟧]`;
  }
  protectedParts.push(match);
  return `⟦${protectedParts.length}⟧`;
}

export function restoreInlineMarkup(text: string, protectedParts: readonly string[]): string {
  if (protectedParts.length === 0) return text;
  return text.replace(placeholderPattern, (match, index: string) => {
    return protectedParts[Number(index) - 1] ?? match;
  });
}

/** The ⟦n⟧ tokens of a text, sorted, to compare a translation with its source. */
export function listPlaceholders(text: string): string[] {
  if (!text.includes("⟦")) return [];
  return [...text.matchAll(placeholderPattern)].map((match) => match[0]).sort();
}
