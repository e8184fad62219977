import type { Segment } from "./article-document";
import type { SegmentMarkup } from "./html-segment-markup";
import { placeholderPattern } from "./protect-inline-markup";

/**
 * Why a translation's ⟦n⟧ tokens would break the element tree, or null if they do not. A
 * translation may move tokens, but each must appear once, a closing tag must follow its
 * opening tag and nest properly, and a tag whose partner is in another segment must stay
 * outside every pair and in source order.
 */
export function findHtmlTokenOrderProblem(segment: Segment, translation: string): string | null {
  const tokens = [...translation.matchAll(placeholderPattern)].map((match) => Number(match[1]));
  const count = segment.protectedParts.length;
  const expected = tokens.every((token) => token >= 1 && token <= count);
  if (tokens.length !== count || new Set(tokens).size !== count || !expected) {
    return "tokens are missing, repeated or unknown";
  }
  return segment.markup === undefined ? null : findNestingProblem(tokens, segment.markup);
}

/**
 * The translation itself when its tokens keep the tree; otherwise the same text with its
 * tokens renumbered in source order (missing ones appended, extra ones dropped), so the
 * output's tags always come in the input's order.
 */
export function orderHtmlTokens(translation: string, segment: Segment): string {
  if (findHtmlTokenOrderProblem(segment, translation) === null) return translation;
  const count = segment.protectedParts.length;
  let seen = 0;
  const renumbered = translation.replace(placeholderPattern, () => {
    seen += 1;
    return seen <= count ? `⟦${seen}⟧` : "";
  });
  let missing = "";
  for (let token = seen + 1; token <= count; token += 1) missing += `⟦${token}⟧`;
  return renumbered + missing;
}

function findNestingProblem(tokens: readonly number[], markup: SegmentMarkup): string | null {
  const openingOf = new Map(markup.pairs.map((pair) => [pair.close, pair.open]));
  const openings = new Set(markup.pairs.map((pair) => pair.open));
  const boundaries = new Set(markup.boundaries);
  const open: number[] = [];
  let lastBoundary = 0;
  for (const token of tokens) {
    if (openings.has(token)) open.push(token);
    else if (openingOf.has(token) && open.pop() !== openingOf.get(token)) {
      return `⟦${token}⟧ does not close the last tag opened`;
    } else if (boundaries.has(token)) {
      if (open.length > 0) return `⟦${token}⟧ moved inside another tag`;
      if (token < lastBoundary) return `⟦${token}⟧ moved before ⟦${lastBoundary}⟧`;
      lastBoundary = token;
    }
  }
  return null;
}
