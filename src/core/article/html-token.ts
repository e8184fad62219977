/** The tokens of an HTML document; offsets index the source string, end exclusive. */
export interface HtmlAttribute {
  /** Lower-cased name. */
  readonly name: string;
  /** The raw value between its quotes (entities not decoded), or null for `<input disabled>`. */
  readonly value: string | null;
  readonly valueStart: number;
  readonly valueEnd: number;
  readonly quote: '"' | "'" | "";
}

export interface StartTagToken {
  readonly kind: "start-tag";
  /** Lower-cased name. */
  readonly name: string;
  readonly attributes: readonly HtmlAttribute[];
  readonly selfClosing: boolean;
  readonly start: number;
  readonly end: number;
}

export interface EndTagToken {
  readonly kind: "end-tag";
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

export interface TextToken {
  readonly kind: "text";
  readonly start: number;
  readonly end: number;
}

/** Comments, doctypes, CDATA sections and processing instructions: never translated. */
export interface CommentToken {
  readonly kind: "comment";
  readonly start: number;
  readonly end: number;
}

export type HtmlToken = StartTagToken | EndTagToken | TextToken | CommentToken;
