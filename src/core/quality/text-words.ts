import { characterClass } from "../text/character-classes";
import { findWords } from "../text/find-words";
import { mapEachCharacter } from "../text/map-characters";

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
/** Text a character-by-character fold cannot handle: marks, Hangul jamo, surrogates. */
const needsWholeTextFold = /[\p{M}\u1100-\u11FF\uD800-\uDFFF]/u;

function foldWholeText(text: string): string {
  return text.normalize("NFD").replace(latinMarksPattern, "").normalize("NFC");
}

/** Each character's fold; the character itself when it has no accent. */
const foldByCharacter = mapEachCharacter(foldWholeText);

/**
 * Removes accents from Latin letters only (Cyrillic й and ё keep theirs): what NFD, removing
 * marks after a Latin letter, then NFC does. Without separate marks in the text, each
 * character folds on its own, so the fold of each is remembered instead of normalising text.
 */
export function foldLatinAccents(text: string): string {
  if (!accentedLatin.test(text)) return text;
  return needsWholeTextFold.test(text) ? foldWholeText(text) : foldByCharacter(text);
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
