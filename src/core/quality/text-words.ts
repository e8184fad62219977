import { characterClass } from "../text/character-classes";
import { findWords, type WordSpan } from "../text/find-words";
import { mapEachCharacter } from "../text/map-characters";

const latinMarksPattern = /(?<=[A-Za-z])\p{M}+/gu;

const { letter, mark } = characterClass;

/** Σ lower-cases by its neighbours (σ or final ς): a word alone may not lower-case as in its text. */
const capitalSigma = "\u03a3";

/**
 * The text lower-cased as a whole when every character keeps its place, so that a word's
 * slice of it is the word lower-cased alone; undefined otherwise (İ grows, Σ looks around).
 */
export function alignedLowerCase(text: string): string | undefined {
  if (text.includes(capitalSigma)) return undefined;
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : undefined;
}

/** The words of `text` at `spans`, each lower-cased: from one lower-casing of the text when it aligns. */
export function lowerCaseWordTexts(text: string, spans: readonly WordSpan[]): string[] {
  const lower = alignedLowerCase(text);
  if (lower === undefined)
    return spans.map((span) => text.slice(span.start, span.end).toLowerCase());
  return spans.map((span) => lower.slice(span.start, span.end));
}

/**
 * The words of a text, lower-cased: letters with their marks (apostrophes and hyphens split
 * them: `l’Assemblée` → `l`, `assemblée`).
 */
export function lowerCaseWords(text: string): string[] {
  return lowerCaseWordTexts(text, findWords(text, letter, letter | mark));
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

/**
 * The words of `text` at `spans`, each folded and lower-cased as `foldLatinAccents(word)
 * .toLowerCase()` would. When the words make most of the text (a Latin-script translation),
 * from one fold of the whole text, if no character needs its neighbours to fold (no separate
 * marks) and every character keeps its place; a few Latin words in Cyrillic text, one by one.
 */
export function foldedLowerCaseWordTexts(text: string, spans: readonly WordSpan[]): string[] {
  const aligned = mostlyWords(text, spans) ? alignedFoldedLowerCase(text) : undefined;
  if (aligned === undefined) {
    return spans.map((span) => foldLatinAccents(text.slice(span.start, span.end)).toLowerCase());
  }
  return spans.map((span) => aligned.slice(span.start, span.end));
}

function mostlyWords(text: string, spans: readonly WordSpan[]): boolean {
  let letters = 0;
  for (const span of spans) letters += span.end - span.start;
  return 2 * letters >= text.length;
}

function alignedFoldedLowerCase(text: string): string | undefined {
  if (needsWholeTextFold.test(text)) return undefined;
  const folded = foldLatinAccents(text);
  return folded.length === text.length ? alignedLowerCase(folded) : undefined;
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
