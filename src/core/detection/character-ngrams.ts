/**
 * The features of the language profiles: character n-grams of lower-cased words, each word
 * padded with a space on both sides ("қала" → " қ", "қал", "ала", "ла ", …). The build script
 * and the detector share this code, so training and detection see the same features.
 */
import { isApostropheCode, isCyrillicLetterCode, isLatinLetterCode } from "./script-letters";

/** N-gram lengths used by the profiles. */
export const ngramOrders: readonly number[] = [1, 2, 3];

function trimApostrophes(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && word[start] === "'") start++;
  while (end > start && word[end - 1] === "'") end--;
  return word.slice(start, end);
}

/**
 * Lower-case words of `text` written in `script`: runs of that script's letters and
 * apostrophes (all look-alikes written "'"); anything else separates words.
 */
export function wordsInScript(text: string, script: "Latn" | "Cyrl"): string[] {
  const isLetterCode = script === "Latn" ? isLatinLetterCode : isCyrillicLetterCode;
  const lowerCase = text.normalize("NFC").toLowerCase();
  const words: string[] = [];
  let word = "";
  for (let index = 0; index <= lowerCase.length; index++) {
    const code = index < lowerCase.length ? lowerCase.charCodeAt(index) : 0x20;
    if (isLetterCode(code)) word += lowerCase[index];
    else if (isApostropheCode(code)) word += "'";
    else if (word !== "") {
      const trimmed = trimApostrophes(word);
      if (trimmed !== "") words.push(trimmed);
      word = "";
    }
  }
  return words;
}

/** Calls `visit` once for each n-gram occurrence of each padded word. */
export function forEachCharacterNgram(
  words: readonly string[],
  visit: (ngram: string) => void,
): void {
  for (const word of words) {
    const padded = ` ${word} `;
    for (const order of ngramOrders) {
      for (let start = 0; start + order <= padded.length; start++) {
        const ngram = padded.slice(start, start + order);
        if (ngram !== " ") visit(ngram);
      }
    }
  }
}

/** N-gram counts of `words`. */
export function countCharacterNgrams(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  forEachCharacterNgram(words, (ngram) => counts.set(ngram, (counts.get(ngram) ?? 0) + 1));
  return counts;
}
