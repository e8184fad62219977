/**
 * Cheap signals for the quality checks on Kazakh output: Russian slipped into a Kazakh
 * translation has none of the Kazakh-only letters and Russian function words instead of
 * Kazakh ones. Works on one sentence or on a whole text.
 */
import { wordsInScript } from "./character-ngrams";
import { kazakhFunctionWords, russianFunctionWords } from "./function-words";
import { isCyrillicLetterCode } from "./script-letters";

/** Letters of Kazakh Cyrillic that Russian does not have. */
export const kazakhOnlyLetters = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

export interface KazakhSignals {
  /** Cyrillic letters in the text. */
  readonly cyrillicLetterCount: number;
  /** Share of the Cyrillic letters that are Kazakh-only (ә ғ қ ң ө ұ ү һ і), 0–1. */
  readonly kazakhLetterRatio: number;
  /** Cyrillic words in the text. */
  readonly wordCount: number;
  /** Occurrences of Kazakh function words (және, мен, бұл, үшін, деп, да/де, бір…). */
  readonly kazakhFunctionWords: number;
  /** Occurrences of Russian function words (и, в, на, что, с, по…). */
  readonly russianFunctionWords: number;
}

function countLetters(text: string): { cyrillic: number; kazakhOnly: number } {
  let cyrillic = 0;
  let kazakhOnly = 0;
  for (const character of text) {
    if (!isCyrillicLetterCode(character.charCodeAt(0))) continue;
    cyrillic++;
    if (kazakhOnlyLetters.includes(character)) kazakhOnly++;
  }
  return { cyrillic, kazakhOnly };
}

export function kazakhSignals(text: string): KazakhSignals {
  const normalized = text.normalize("NFC");
  const { cyrillic, kazakhOnly } = countLetters(normalized);
  const words = wordsInScript(normalized, "Cyrl");
  return {
    cyrillicLetterCount: cyrillic,
    kazakhLetterRatio: cyrillic === 0 ? 0 : kazakhOnly / cyrillic,
    wordCount: words.length,
    kazakhFunctionWords: words.filter((word) => kazakhFunctionWords.has(word)).length,
    russianFunctionWords: words.filter((word) => russianFunctionWords.has(word)).length,
  };
}

/**
 * Below this share of Kazakh-only letters a Cyrillic sentence is suspect. On NTREX every
 * Kazakh line of four words or more has at least 0.025; Russian lines have 0.
 */
export const minimumKazakhLetterRatio = 0.015;
/** Sentences shorter than this many Cyrillic words are never flagged (names, figures). */
export const minimumWordsToFlag = 4;

/**
 * True when a sentence that should be Kazakh reads as Russian: enough Cyrillic words, almost
 * no Kazakh-only letters, and no more Kazakh than Russian function words.
 */
export function looksRussianNotKazakh(signals: KazakhSignals): boolean {
  return (
    signals.wordCount >= minimumWordsToFlag &&
    signals.kazakhLetterRatio < minimumKazakhLetterRatio &&
    signals.russianFunctionWords >= signals.kazakhFunctionWords
  );
}
