import type { Segment } from "./article-document";
import { fillTokenHoles } from "./fill-token-holes";
import { escapeHtmlAttribute, escapeHtmlText } from "./html-escape";
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
  const parts = fillTokenHoles(segment, (hole) =>
    fillHtmlSegment(segments, hole.segmentIndex, translations),
  );
  return restoreInlineMarkup(escaped, parts);
}
