import type { SegmentMarkup } from "./html-segment-markup";

/** The role a segment plays in the article, kept so captions never merge into paragraphs. */
export type SegmentRole =
  | "title"
  | "heading"
  | "standfirst"
  | "paragraph"
  | "list-item"
  | "quote"
  | "caption"
  | "table-cell"
  /** An HTML attribute value (an image's alt text, an element's title), or a Markdown link's title. */
  | "attribute";

export interface Segment {
  readonly role: SegmentRole;
  /** Text sent to the model; links, code and URLs replaced by ⟦n⟧ tokens. */
  readonly text: string;
  /** The original of each ⟦n⟧ token, index n - 1. */
  readonly protectedParts: readonly string[];
  /** HTML: how the tokens nest, and attribute values inside them; Markdown: link titles inside them. */
  readonly markup?: SegmentMarkup;
}

/** A document is literal text with holes; each hole is filled by a translated segment. */
export type DocumentPiece = { readonly literal: string } | { readonly segmentIndex: number };

export interface ArticleDocument {
  readonly format: "text" | "markdown" | "html";
  readonly title: Segment | null;
  readonly segments: readonly Segment[];
  readonly body: readonly DocumentPiece[];
  /** Web-page leftovers (comment forms, captchas…) dropped from the end of the body. */
  readonly removedResidue: readonly string[];
}
