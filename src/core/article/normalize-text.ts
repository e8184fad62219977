const zeroWidthCharacters = /\u200B|\u200C|\u200D|\u2060|\uFEFF/g;
const trailingSpaces = /[ \t]+$/gm;

/**
 * The canonical form of an input text: the same article pasted from two systems
 * normalises to the same string, so it hits the same cache entry.
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(zeroWidthCharacters, "")
    .replace(trailingSpaces, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
