import { characterClass } from "../text/character-classes";
import { findWords } from "../text/find-words";

const latinMarksPattern = /(?<=[A-Za-z])\p{M}+/gu;

const { letter, mark } = characterClass;

/**
 * The words of a text, lower-cased: letters with their marks (apostrophes and hyphens split
 * them: `l’Assemblée` → `l`, `assemblée`).
 */
export function lowerCaseWords(text: string): string[] {
  return findWords(text, letter, letter | mark).map((word) =>
    text.slice(word.start, word.end).toLowerCase(),
  );
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
