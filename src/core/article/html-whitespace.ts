/**
 * HTML's whitespace (space, tab, LF, FF, CR; not U+00A0) at either end of a string, found by a
 * scan: `/[ \t\n\f\r]*$/` backtracks quadratically on a long run of spaces followed by text.
 */
const htmlWhitespaceCharacters = "\t\n\f\r ";

export function leadingHtmlWhitespace(text: string): string {
  let end = 0;
  while (end < text.length && htmlWhitespaceCharacters.includes(text.charAt(end))) end += 1;
  return text.slice(0, end);
}

export function trailingHtmlWhitespace(text: string): string {
  let start = text.length;
  while (start > 0 && htmlWhitespaceCharacters.includes(text.charAt(start - 1))) start -= 1;
  return text.slice(start);
}
