import type { SegmentRole } from "./article-document";
import type { StartTagToken } from "./html-token";

const tagRoles: ReadonlyMap<string, SegmentRole> = new Map([
  ["h1", "heading"],
  ["h2", "heading"],
  ["h3", "heading"],
  ["h4", "heading"],
  ["h5", "heading"],
  ["h6", "heading"],
  ["li", "list-item"],
  ["dt", "list-item"],
  ["dd", "list-item"],
  ["blockquote", "quote"],
  ["figcaption", "caption"],
  ["caption", "caption"],
  ["td", "table-cell"],
  ["th", "table-cell"],
]);

/** Newsroom class names, matched word by word: `article__standfirst`, `c-pull-quote`, `wp-caption-text`. */
const classWordRoles: ReadonlyMap<string, SegmentRole> = new Map([
  ["standfirst", "standfirst"],
  ["lede", "standfirst"],
  ["chapo", "standfirst"],
  ["chapeau", "standfirst"],
  ["dek", "standfirst"],
  ["pullquote", "quote"],
  ["quote", "quote"],
  ["caption", "caption"],
  ["legend", "caption"],
  ["headline", "heading"],
]);

/** Class names too common as words to match inside longer names (`lead-image`). */
const wholeClassRoles: ReadonlyMap<string, SegmentRole> = new Map([
  ["lead", "standfirst"],
  ["intro", "standfirst"],
]);

/** The role of text in these blocks: the innermost block with a role decides, else "paragraph". */
export function roleOfBlocks(blocks: ReadonlyArray<{ readonly tag: StartTagToken }>): SegmentRole {
  for (let index = blocks.length - 1; index >= 0; index -= 1) {
    const tag = blocks[index]?.tag;
    const role = tag === undefined ? undefined : (roleFromClass(tag) ?? tagRoles.get(tag.name));
    if (role !== undefined) return role;
  }
  return "paragraph";
}

function roleFromClass(tag: StartTagToken): SegmentRole | undefined {
  const classNames = tag.attributes.find((attribute) => attribute.name === "class")?.value ?? "";
  for (const className of classNames.toLowerCase().split(/[\t\n\f\r ]+/)) {
    const role =
      wholeClassRoles.get(className) ??
      className
        .split(/[-_]+/)
        .map((word) => classWordRoles.get(word))
        .find((wordRole) => wordRole !== undefined);
    if (role !== undefined) return role;
  }
  return undefined;
}
