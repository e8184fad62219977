/**
 * Thrown when an HTML body or title cannot be segmented safely. HTML is rejected, never
 * repaired: the output must reproduce the input's markup byte for byte, so a document whose
 * element tree is ambiguous (stray or misnested end tags, unterminated tags, a `<script>`
 * without its end, nesting deeper than the limit) is refused rather than silently rewritten.
 */
export class MalformedHtmlError extends Error {
  constructor(
    readonly problems: readonly string[],
    language: "HTML" | "XML" = "HTML",
  ) {
    super(`Malformed ${language}: ${problems.slice(0, 3).join("; ")}`);
    this.name = "MalformedHtmlError";
  }
}

/** "line 3, column 14" for an offset, so a client can find the problem in its input. */
export function describeHtmlPosition(html: string, offset: number): string {
  const before = html.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return `line ${line}, column ${column}`;
}
