import { countTokens } from "./count-tokens";

/**
 * The longest prefix of `text` that fits in `maxTokens` (a binary search on characters, so it
 * works with any `countTokens`; the result always fits even where a tokenizer is not monotonic).
 */
export function truncateToTokens(text: string, maxTokens: number): string {
  if (countTokens(text) <= maxTokens) return text;
  const characters = Array.from(text);
  let low = 0;
  let high = characters.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (countTokens(characters.slice(0, middle).join("")) <= maxTokens) low = middle;
    else high = middle - 1;
  }
  return characters.slice(0, low).join("");
}

/** The first half of `text`, by characters (the `truncate` fault). */
export function firstHalf(text: string): string {
  const characters = Array.from(text);
  return characters.slice(0, Math.floor(characters.length / 2)).join("");
}
