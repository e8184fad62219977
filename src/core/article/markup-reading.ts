/**
 * How a markup body is read beyond plain HTML, for DeepL's tag handling: as XML, and with
 * elements named by the caller (lower case) that are kept, split on, or not split on.
 */
export interface MarkupReading {
  /** XML: any element may close itself (`<x/>`), and no start tag ends another. */
  readonly xml?: boolean;
  /** Elements whose content is copied as it is, never translated (DeepL's `ignore_tags`). */
  readonly keptElements?: readonly string[];
  /** Elements that end one segment and start the next, like a paragraph (`splitting_tags`). */
  readonly splittingElements?: readonly string[];
  /** Elements that sit inside a segment even where HTML makes them blocks (`non_splitting_tags`). */
  readonly nonSplittingElements?: readonly string[];
}

/** Plain HTML. */
export const htmlReading: MarkupReading = {};
