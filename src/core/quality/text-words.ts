/** Words made of letters (apostrophes and hyphens split them: `l’Assemblée` → `l`, `Assemblée`). */
const wordPattern = /\p{L}[\p{L}\p{M}]*/gu;
const latinMarksPattern = /(?<=[A-Za-z])\p{M}+/gu;

/** The words of a text, lower-cased. */
export function lowerCaseWords(text: string): string[] {
  return Array.from(text.matchAll(wordPattern), (match) => match[0].toLowerCase());
}

const accentedLatin = /[\u00C0-\u024F\u1E00-\u1EFF]/u;

/** Removes accents from Latin letters only (Cyrillic й and ё keep theirs). */
export function foldLatinAccents(text: string): string {
  if (!accentedLatin.test(text)) return text;
  return text.normalize("NFD").replace(latinMarksPattern, "").normalize("NFC");
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
