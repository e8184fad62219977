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
/** Text a character-by-character fold cannot handle: marks, Hangul jamo, surrogates. */
const needsWholeTextFold = /[\p{M}\u1100-\u11FF\uD800-\uDFFF]/u;

function foldWholeText(text: string): string {
  return text.normalize("NFD").replace(latinMarksPattern, "").normalize("NFC");
}

/** Each character's fold, once computed; the character itself when it has no accent. */
const foldedCharacters = new Map<number, string>();

function foldCharacter(code: number): string {
  let folded = foldedCharacters.get(code);
  if (folded === undefined) {
    folded = foldWholeText(String.fromCharCode(code));
    foldedCharacters.set(code, folded);
  }
  return folded;
}

/**
 * Removes accents from Latin letters only (Cyrillic й and ё keep theirs): what NFD, removing
 * marks after a Latin letter, then NFC does. Without separate marks in the text, each
 * character folds on its own, so the fold of each is remembered instead of normalising text.
 */
export function foldLatinAccents(text: string): string {
  if (!accentedLatin.test(text)) return text;
  if (needsWholeTextFold.test(text)) return foldWholeText(text);
  let folded = "";
  let copiedUpTo = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0xc0) continue;
    const character = foldCharacter(code);
    if (character.length === 1 && character.charCodeAt(0) === code) continue;
    folded += text.slice(copiedUpTo, index) + character;
    copiedUpTo = index + 1;
  }
  return folded + text.slice(copiedUpTo);
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
