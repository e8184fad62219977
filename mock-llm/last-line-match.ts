/** A match of a line pattern: its first group (or the whole match) and where it starts. */
export interface LineMatch {
  readonly value: string;
  readonly index: number;
}

/** The last match of a global (`g`) pattern in `text`, or undefined. */
export function lastLineMatch(pattern: RegExp, text: string): LineMatch | undefined {
  let found: LineMatch | undefined;
  for (const match of text.matchAll(pattern)) {
    found = { value: match[1] ?? match[0], index: match.index };
  }
  return found;
}
