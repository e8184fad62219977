/**
 * Cheap signals that settle the language of a Kazakh or Russian text without the n-gram model:
 * the letters only one of the profiled Cyrillic languages uses, and Russian function words.
 * Tuned on NTREX (sentences, paragraphs, the 13 profiled languages, and texts mixing two of
 * them) so that a text they call plain is one the model would not call another language;
 * anything less clear-cut is left to the model. Each sentence is judged as well as the
 * whole, so one foreign sentence in a paragraph is not outvoted.
 */
import { characterClass, classesOfCodePoint } from "../text/character-classes";
import { CodeUnitSet } from "../text/code-unit-set";
import { russianFunctionWords } from "./function-words";
import * as scriptLetters from "./script-letters";

// Module constants, so that the loop below reads no imported binding (tsx compiles those
// to getter calls).
const isCyrillicLetterCode = scriptLetters.isCyrillicLetterCode;
const isLatinLetterCode = scriptLetters.isLatinLetterCode;

/** The languages these signals can settle. */
export type PlainCyrillicLanguage = "kk" | "ru";

/** The model reads this much of a text; the signals read the same. */
const analysedCharacters = 1000;
/** Sentences shorter than this many letters are judged only as part of the whole. */
const minimumSentenceLetters = 20;
/** Share of Kazakh-only letters (ә ғ қ ң ө ұ ү һ і) among Cyrillic ones: NTREX Kazakh ≥ 0.05. */
const minimumKazakhLetterShare = 0.07;
const minimumRussianWordShare = 0.1;
const sentenceBreak = /(?<=[.!?…])[»"”’)]*\s+|\n+/u;

interface CyrillicCounts {
  latin: number;
  cyrillic: number;
  other: number;
  /** Cyrillic letters outside the Kazakh alphabet (ў ї є ґ ҡ ҙ ҫ җ…). */
  outsideKazakh: number;
  /** Cyrillic letters outside the Russian alphabet (Kazakh, Ukrainian… letters). */
  outsideRussian: number;
  /** ә ғ қ ң ө ұ ү һ і. */
  kazakhLetters: number;
  /** қ and ұ: no other profiled language has them. */
  kazakhOnly: number;
  /** қ, ұ and ғ. */
  kazakhSentence: number;
  /** ы and э (not Ukrainian), и (not Belarusian), ь and ъ (rare in Turkic languages). */
  yeru: number;
  i: number;
  softSigns: number;
  cyrillicWords: number;
  russianWords: number;
}

function emptyCounts(): CyrillicCounts {
  return {
    latin: 0,
    cyrillic: 0,
    other: 0,
    outsideKazakh: 0,
    outsideRussian: 0,
    kazakhLetters: 0,
    kazakhOnly: 0,
    kazakhSentence: 0,
    yeru: 0,
    i: 0,
    softSigns: 0,
    cyrillicWords: 0,
    russianWords: 0,
  };
}

/** ә ғ қ ң ө ұ ү һ і, lower case. */
const kazakhLetterCodes = new CodeUnitSet("әғқңөұүһі");
const kazakhOnlyCodes = new CodeUnitSet("\u049b\u04b1");
const kazakhSentenceCodes = new CodeUnitSet("\u049b\u04b1\u0493");

/** а–я and ё, lower case. */
function isRussianLetter(code: number): boolean {
  return (code >= 0x430 && code <= 0x44f) || code === 0x451;
}

function countCyrillicLetter(counts: CyrillicCounts, code: number): void {
  counts.cyrillic++;
  if (isRussianLetter(code)) {
    if (code === 0x44b || code === 0x44d) counts.yeru++;
    else if (code === 0x438) counts.i++;
    else if (code === 0x44c || code === 0x44a) counts.softSigns++;
    return;
  }
  counts.outsideRussian++;
  if (!kazakhLetterCodes.has(code)) {
    counts.outsideKazakh++;
    return;
  }
  counts.kazakhLetters++;
  if (kazakhOnlyCodes.has(code)) counts.kazakhOnly++;
  if (kazakhSentenceCodes.has(code)) counts.kazakhSentence++;
}

function countWord(counts: CyrillicCounts, word: string): void {
  counts.cyrillicWords++;
  if (russianFunctionWords.has(word)) counts.russianWords++;
}

/** Counts the letters and Cyrillic words of a lower-case sentence. */
function countSentence(sentence: string): CyrillicCounts {
  const counts = emptyCounts();
  let wordStart = -1;
  for (let index = 0; index <= sentence.length; index++) {
    const code = index < sentence.length ? sentence.charCodeAt(index) : 0x20;
    if (isCyrillicLetterCode(code)) {
      countCyrillicLetter(counts, code);
      if (wordStart < 0) wordStart = index;
      continue;
    }
    if (wordStart >= 0) countWord(counts, sentence.slice(wordStart, index));
    wordStart = -1;
    if (isLatinLetterCode(code)) counts.latin++;
    else if (code >= 0x80 && (classesOfCodePoint(code) & characterClass.letter) !== 0) {
      counts.other++;
    }
  }
  return counts;
}

const countKeys = Object.keys(emptyCounts()) as (keyof CyrillicCounts)[];

function addCounts(total: CyrillicCounts, part: CyrillicCounts): void {
  for (const key of countKeys) total[key] += part[key];
}

/** Cyrillic is the script the model would pick (`dominantScript`). */
function isCyrillicText(counts: CyrillicCounts): boolean {
  if (counts.other > counts.latin && counts.other > counts.cyrillic) return false;
  return counts.cyrillic > counts.latin;
}

function plainKazakh(whole: CyrillicCounts, sentences: readonly CyrillicCounts[]): boolean {
  if (!isCyrillicText(whole) || whole.outsideKazakh > 0 || whole.kazakhOnly === 0) return false;
  if (whole.kazakhLetters < minimumKazakhLetterShare * whole.cyrillic) return false;
  return sentences.every((sentence) => sentence.kazakhSentence > 0);
}

function plainRussian(whole: CyrillicCounts, sentences: readonly CyrillicCounts[]): boolean {
  if (!isCyrillicText(whole) || whole.outsideRussian > 0) return false;
  if (whole.yeru === 0 || whole.i === 0 || whole.russianWords < 2) return false;
  if (whole.russianWords < minimumRussianWordShare * whole.cyrillicWords) return false;
  return sentences.every(
    (sentence) => sentence.i > 0 && (sentence.russianWords > 0 || sentence.softSigns > 0),
  );
}

function letterCount(counts: CyrillicCounts): number {
  return counts.latin + counts.cyrillic + counts.other;
}

/**
 * True when `text` is plainly Kazakh (or Russian): the language detector, given the same
 * text, would not name another language. False means "ask the model", not "not Kazakh".
 */
export function isPlainCyrillicLanguage(text: string, language: PlainCyrillicLanguage): boolean {
  const sample = text.slice(0, analysedCharacters).normalize("NFC").toLowerCase();
  const whole = emptyCounts();
  const sentences: CyrillicCounts[] = [];
  for (const sentence of sample.split(sentenceBreak)) {
    const counts = countSentence(sentence);
    addCounts(whole, counts);
    if (letterCount(counts) >= minimumSentenceLetters) sentences.push(counts);
  }
  return language === "kk" ? plainKazakh(whole, sentences) : plainRussian(whole, sentences);
}
