/**
 * HTML only: how the ⟦n⟧ tokens of a segment relate to the element tree, so reassembly can
 * refuse a translation that would misnest tags, and can fill attribute values (alt, title)
 * that sit inside a token with their own translated segment.
 */
export interface SegmentMarkup {
  /** Token numbers (1-based) of an opening tag and its closing tag in the same segment. */
  readonly pairs: readonly TokenPair[];
  /** Tokens of tags whose partner is in another segment, in source order; they stay outside pairs. */
  readonly boundaries: readonly number[];
  readonly attributeHoles: readonly AttributeHole[];
}

export interface TokenPair {
  readonly open: number;
  readonly close: number;
}

/** Characters [start, end) of token `token`'s protected part are the translation of a segment. */
export interface AttributeHole {
  readonly token: number;
  readonly start: number;
  readonly end: number;
  readonly segmentIndex: number;
}
