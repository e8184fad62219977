import type { Segment } from "./article-document";
import { escapeHtmlAttribute, escapeHtmlText } from "./html-escape";
import type { AttributeHole } from "./html-segment-markup";
import { orderHtmlTokens } from "./html-token-order";
import { restoreInlineMarkup } from "./protect-inline-markup";

/**
 * One translated HTML segment, ready to put back: the translation escaped as text (so it can
 * never add markup), its tokens restored, and the alt and title values inside those tokens
 * filled with their own translated segments.
 */
export function fillHtmlSegment(
  segments: readonly Segment[],
  index: number,
  translations: readonly string[],
): string {
  const segment = segments[index];
  if (segment === undefined) return "";
  const translation = orderHtmlTokens(translations[index] ?? "", segment);
  const escaped =
    segment.role === "attribute" ? escapeHtmlAttribute(translation) : escapeHtmlText(translation);
  const holesByToken = groupByToken(segment.markup?.attributeHoles ?? []);
  const parts = segment.protectedParts.map((part, partIndex) => {
    const holes = holesByToken.get(partIndex + 1) ?? [];
    return fillAttributeHoles(part, holes, segments, translations);
  });
  return restoreInlineMarkup(escaped, parts);
}

function groupByToken(holes: readonly AttributeHole[]): Map<number, AttributeHole[]> {
  const groups = new Map<number, AttributeHole[]>();
  for (const hole of holes) groups.set(hole.token, [...(groups.get(hole.token) ?? []), hole]);
  return groups;
}

function fillAttributeHoles(
  part: string,
  holes: readonly AttributeHole[],
  segments: readonly Segment[],
  translations: readonly string[],
): string {
  let filled = part;
  for (const hole of [...holes].sort((first, second) => second.start - first.start)) {
    const value = fillHtmlSegment(segments, hole.segmentIndex, translations);
    filled = filled.slice(0, hole.start) + value + filled.slice(hole.end);
  }
  return filled;
}
