import { characterClass } from "../text/character-classes";
import { CodeUnitSet } from "../text/code-unit-set";
import { findWords } from "../text/find-words";
import { alignedLowerCase } from "./text-words";

/**
 * Words that mark French (and, to tell them apart, English) text. Elided forms (l’, d’, qu’)
 * appear as the letters before the apostrophe.
 */
const frenchWords = new Set(
  (
    "le la les des du est dans pour qui que une sur avec au aux pas ne ces cette été et il elle " +
    "ils elles ont sont son sa ses leur leurs mais ou où par plus nous vous ce se qu d l n j c " +
    "était avait fait selon lors après avant sans entre comme très aussi tout tous toute toutes " +
    "même déjà encore bien oui non je mon ma mes ton notre votre nos vos suis ai avons avez être " +
    "avoir ça cela lui eux dont quand comment pourquoi chez vers depuis pendant contre sous un " +
    "ainsi alors donc car puis si y en à"
  ).split(" "),
);

const englishWords = new Set(
  (
    "the of and to in is was for that on with as by at from his her it be are this have has an " +
    "which said not were but they their who had been will would i you we he she its there what " +
    "about after when up out if so can no more"
  ).split(" "),
);

/** Below U+0250: ASCII, Latin-1 and Latin Extended-A and B letters (œ is U+0153). */
const firstNonLatinCode = 0x250;
/** No function word above is longer: longer words are only looked at for accents. */
const longestFunctionWord = Math.max(
  ...[...frenchWords, ...englishWords].map((word) => word.length),
);

/** French accents (é, è, à, ç…) in either case: a word with one is French or a French name. */
const frenchAccentCodes = new CodeUnitSet("éèêëàâçîïôûùœÉÈÊËÀÂÇÎÏÔÛÙŒ");

function hasFrenchAccent(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) {
    if (frenchAccentCodes.has(text.charCodeAt(index))) return true;
  }
  return false;
}

export interface FrenchEvidence {
  readonly words: number;
  readonly frenchWords: number;
  readonly englishWords: number;
  readonly accentedWords: number;
}

/** Counts French function words, English function words and French-accented words. */
export function weighFrench(text: string): FrenchEvidence {
  let words = 0;
  let french = 0;
  let english = 0;
  let accented = 0;
  // Lower-cased once, at the first function word candidate (Cyrillic text may have none).
  let lower: string | undefined | null = null;
  for (const { start, end } of findWords(text, characterClass.letter, characterClass.letter)) {
    words += 1;
    if (hasFrenchAccent(text, start, end)) accented += 1;
    // Function words are short and Latin: other words are not cut out of the text.
    if (end - start > longestFunctionWord || text.charCodeAt(start) >= firstNonLatinCode) continue;
    if (lower === null) lower = alignedLowerCase(text);
    const word = lower?.slice(start, end) ?? text.slice(start, end).toLowerCase();
    if (frenchWords.has(word)) french += 1;
    if (englishWords.has(word)) english += 1;
  }
  return { words, frenchWords: french, englishWords: english, accentedWords: accented };
}

/** Enough French function words, and more than English ones, to call a text French. */
export function looksFrench(evidence: FrenchEvidence): boolean {
  if (evidence.words < 4 || evidence.frenchWords < 2) return false;
  const share = evidence.frenchWords / evidence.words;
  return share >= 0.2 && evidence.frenchWords > 2 * evidence.englishWords;
}
