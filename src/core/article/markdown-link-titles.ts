import type { Segment } from "./article-document";
import { fillTokenHoles } from "./fill-token-holes";
import type { AttributeHole } from "./html-segment-markup";
import { protectInlineMarkup, restoreInlineMarkup } from "./protect-inline-markup";

/**
 * A protected link or image target with a title, `https://… "Le titre"`, `'…'` or `(…)`,
 * and what a translated title must escape to stay inside its delimiters.
 */
const titledTargets: ReadonlyArray<{ readonly pattern: RegExp; readonly escaped: RegExp }> = [
  { pattern: /^(\S+\s+")([^"]*)"$/, escaped: /[\\"]/g },
  { pattern: /^(\S+\s+')([^']*)'$/, escaped: /[\\']/g },
  { pattern: /^(\S+\s+\()([^()]*)\)$/, escaped: /[\\()]/g },
];

/** The titles found in a segment's link and image targets, and where they sit in them. */
export interface LinkTitles {
  readonly holes: readonly AttributeHole[];
  readonly segments: readonly Segment[];
}

/**
 * The titles of `[text](url "title")` and `![alt](src 'title')` (what HTML makes a title
 * attribute), each to be translated as a segment of its own, numbered from `firstIndex`.
 */
export function linkTitles(protectedParts: readonly string[], firstIndex: number): LinkTitles {
  const holes: AttributeHole[] = [];
  const segments: Segment[] = [];
  protectedParts.forEach((part, partIndex) => {
    const [, before = "", title = ""] =
      titledTargets.map(({ pattern }) => pattern.exec(part)).find(Boolean) ?? [];
    if (!/\p{L}/u.test(title)) return;
    holes.push({
      token: partIndex + 1,
      start: before.length,
      end: before.length + title.length,
      segmentIndex: firstIndex + segments.length,
    });
    segments.push({ role: "attribute", ...protectInlineMarkup(title, "text") });
  });
  return { holes, segments };
}

/** A translated title for the target `part`: backslashes and its delimiters escaped. */
function escapedTitle(part: string, text: string): string {
  const target = titledTargets.find(({ pattern }) => pattern.test(part));
  return target === undefined ? text : text.replace(target.escaped, "\\$&");
}

/** One translated text or Markdown segment with its markup restored and its link titles filled in. */
export function fillMarkdownSegment(
  segments: readonly Segment[],
  index: number,
  translations: readonly string[],
): string {
  const segment = segments[index];
  if (segment === undefined) return "";
  const parts = fillTokenHoles(segment, (hole, part) =>
    escapedTitle(part, fillMarkdownSegment(segments, hole.segmentIndex, translations)),
  );
  return restoreInlineMarkup(translations[index] ?? "", parts);
}
