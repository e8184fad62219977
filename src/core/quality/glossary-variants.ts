import { characterClass } from "../text/character-classes";
import { findWords } from "../text/find-words";
import { isNearSpelling } from "./edit-distance";
import { inflectionStem } from "./glossary-patterns";

/** Stems shorter than this match too many unrelated words to call a near spelling a variant. */
const minimumStemLength = 4;
const { letter, mark, upperCase } = characterClass;
const voicedPairs: Readonly<Record<string, string>> = { к: "г", қ: "ғ", п: "б" };

/** The stem of a word, or the word itself when its stem is too short (Палу → палу). */
function comparableStem(word: string, inflected: boolean): string {
  const stem = inflected ? inflectionStem(word) : word;
  return (stem.length >= minimumStemLength ? stem : word).toLowerCase();
}

/** The lower-case stems of an expected form's words that are long enough to compare. */
export function variantStems(form: string, inflected: boolean): string[] {
  return form
    .split(/[\s-]+/u)
    .map((word) => comparableStem(word, inflected))
    .filter((stem) => stem.length >= minimumStemLength);
}

/** The word is a form of the stem: Токаева for Токаев, қыркүйегі for қыркүйек, Macedonian. */
function startsWithStem(word: string, stem: string): boolean {
  if (word.startsWith(stem)) return true;
  const last = stem.slice(-1);
  const voiced = voicedPairs[last];
  return voiced !== undefined && word.startsWith(`${stem.slice(0, -1)}${voiced}`);
}

function isVariant(word: string, stem: string, inflected: boolean): boolean {
  if (startsWithStem(word, stem)) return false;
  // Differing only in the stem's last letter is derivation: Македонцы, Шотландский, Ванды.
  if (inflected && word.startsWith(stem.slice(0, -1))) return false;
  if (!inflected)
    return isNearSpelling(word, stem) || isNearSpelling(word.replace(/s$/u, ""), stem);
  for (const length of [stem.length - 1, stem.length, stem.length + 1]) {
    if (isNearSpelling(word.slice(0, length), stem)) return true;
  }
  return false;
}

/** A capitalised word of the translation spelled near, but not as, the expected form. */
export function findVariant(target: string, stems: readonly string[], inflected: boolean) {
  if (stems.length === 0) return undefined;
  // Words from a capital on, through letters and marks: `\p{Lu}[\p{L}\p{M}]*`.
  for (const span of findWords(target, upperCase, letter | mark)) {
    const written = target.slice(span.start, span.end);
    const word = written.toLowerCase();
    if (stems.some((stem) => isVariant(word, stem, inflected))) return written;
  }
  return undefined;
}
