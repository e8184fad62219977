import type { Segment } from "./article-document";
import type { AttributeHole } from "./html-segment-markup";

/**
 * A segment's protected parts with the holes in them (HTML alt and title values, Markdown link
 * titles) filled by `fill`, the last hole of a part first so earlier offsets stay right.
 */
export function fillTokenHoles(
  segment: Segment,
  fill: (hole: AttributeHole, part: string) => string,
): string[] {
  const holes = segment.markup?.attributeHoles ?? [];
  return segment.protectedParts.map((part, partIndex) =>
    holes
      .filter((hole) => hole.token === partIndex + 1)
      .sort((first, second) => second.start - first.start)
      .reduce(
        (filled, hole) => filled.slice(0, hole.start) + fill(hole, part) + filled.slice(hole.end),
        part,
      ),
  );
}
