/**
 * Approximate token count of a text, used for `usage` and for `max_tokens`.
 *
 * No tokenizer is installed, so this weighs characters the way BPE tokenizers roughly do:
 * about 4 ASCII characters per token, 2.5 Cyrillic characters per token, fewer for other
 * scripts and symbols. It grows monotonically with the text, which `truncateToTokens` relies on.
 *
 * To use a real tokenizer, replace the body with `gpt-tokenizer`'s function of the same name:
 * `import { countTokens } from "gpt-tokenizer";`.
 */
export function countTokens(text: string): number {
  if (text.length === 0) return 0;
  let weight = 0;
  for (const character of text) {
    weight += characterWeight(character.codePointAt(0) ?? 0);
  }
  return Math.max(1, Math.ceil(weight));
}

function characterWeight(codePoint: number): number {
  if (codePoint < 0x80) return 0.25; // ASCII
  if (codePoint <= 0x024f) return 0.3; // accented Latin
  if (codePoint >= 0x0400 && codePoint <= 0x04ff) return 0.4; // Cyrillic, Kazakh letters included
  return 1; // other scripts, ⟦ ⟧, emoji
}
