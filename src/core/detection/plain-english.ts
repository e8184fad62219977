/**
 * Cheap signals that settle an English text without the n-gram model: ASCII letters and
 * function words no other profiled Latin-script language (French, German, Turkish,
 * Azerbaijani, Uzbek) uses, in the whole text and in each sentence. Tuned on NTREX so that a
 * text called plain is one the model also calls English; anything less clear-cut (accented
 * words, a French sentence, a German one) is left to the model.
 */
import { characterClass, classesOfCodePoint } from "../text/character-classes";
import * as scriptLetters from "./script-letters";

// A module constant, so that the loop below reads no imported binding.
const isLatinLetterCode = scriptLetters.isLatinLetterCode;

/** The model reads this much of a text; the signals read the same. */
const analysedCharacters = 1000;
/** Sentences shorter than this many letters are judged only as part of the whole. */
const minimumSentenceLetters = 20;
/** Share of English function words among all words: NTREX English lines are near 0.3. */
const minimumEnglishWordShare = 0.2;
/** Letters outside a–z (names such as Tokaïev) tolerated per hundred letters. */
const maximumAccentedShare = 0.02;
const sentenceBreak = /(?<=[.!?…])["”’)]*\s+|\n+/u;

const englishWords: ReadonlySet<string> = new Set(
  (
    "the of and is that with which this have has were their they would said been from for " +
    "are its by at not but had he she it be or than these those there what when who into " +
    "about after over also more our we you could should"
  ).split(" "),
);

/** Function words of the other profiled Latin-script languages that English never uses. */
const foreignWords: ReadonlySet<string> = new Set(
  (
    "le la les des du est une dans pour qui que sur avec au aux et il elle ils sont ces cette " +
    "der die das und ist nicht mit den dem ein eine zu von sich auch auf für " +
    "ve bir bu ile için da de olarak olan ya ki va bilan uchun ham"
  ).split(" "),
);

interface EnglishCounts {
  letters: number;
  /** Latin letters outside a–z. */
  otherLetters: number;
  /** Letters of other scripts (Cyrillic…): any one leaves the text to the model. */
  nonLatinLetters: number;
  words: number;
  englishWords: number;
  foreignWords: number;
}

function countWord(counts: EnglishCounts, word: string): void {
  counts.words++;
  if (englishWords.has(word)) counts.englishWords++;
  else if (foreignWords.has(word)) counts.foreignWords++;
}

function emptyCounts(): EnglishCounts {
  return {
    letters: 0,
    otherLetters: 0,
    nonLatinLetters: 0,
    words: 0,
    englishWords: 0,
    foreignWords: 0,
  };
}

/** Counts the letters and words of a lower-case sentence. */
function countSentence(sentence: string): EnglishCounts {
  const counts = emptyCounts();
  let wordStart = -1;
  for (let index = 0; index <= sentence.length; index++) {
    const code = index < sentence.length ? sentence.charCodeAt(index) : 0x20;
    const ascii = code >= 0x61 && code <= 0x7a;
    if (ascii || (code >= 0x80 && isLatinLetterCode(code))) {
      counts.letters++;
      if (!ascii) counts.otherLetters++;
      if (wordStart < 0) wordStart = index;
      continue;
    }
    if (wordStart >= 0) countWord(counts, sentence.slice(wordStart, index));
    wordStart = -1;
    if (code >= 0x80 && (classesOfCodePoint(code) & characterClass.letter) !== 0) {
      counts.letters++;
      counts.nonLatinLetters++;
    }
  }
  return counts;
}

function plainWhole(whole: EnglishCounts): boolean {
  if (whole.nonLatinLetters > 0) return false;
  if (whole.otherLetters > maximumAccentedShare * whole.letters) return false;
  if (whole.englishWords < 2 || whole.foreignWords > 0) return false;
  return whole.englishWords >= minimumEnglishWordShare * whole.words;
}

/**
 * True when `text` is plainly English: the language detector, given the same text, would
 * also say English. False means "ask the model", not "not English".
 */
export function isPlainEnglish(text: string): boolean {
  const sample = text.slice(0, analysedCharacters).toLowerCase();
  const whole = emptyCounts();
  for (const sentence of sample.split(sentenceBreak)) {
    const counts = countSentence(sentence);
    for (const key of Object.keys(whole) as (keyof EnglishCounts)[]) whole[key] += counts[key];
    if (counts.letters >= minimumSentenceLetters && counts.englishWords === 0) return false;
  }
  return plainWhole(whole);
}
