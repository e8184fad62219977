import { classesAt, classesOfCodePoint, widthAt } from "./character-classes";

/** Where a word is in its text: `text.slice(start, end)`. */
export interface WordSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The runs of a text that start with a character of `startClasses` and go on with characters
 * of `continueClasses` (bit masks of `characterClass`): what the pattern `[start][continue]*`
 * matches with flags `gu`, in one pass over the text.
 */
export function findWords(text: string, startClasses: number, continueClasses: number): WordSpan[] {
  const words: WordSpan[] = [];
  let start = -1;
  for (let index = 0; index < text.length; ) {
    const code = text.charCodeAt(index);
    const surrogate = code >= 0xd800 && code <= 0xdfff;
    const classes = surrogate ? classesAt(text, index) : classesOfCodePoint(code);
    if (start >= 0 && (classes & continueClasses) === 0) {
      words.push({ start, end: index });
      start = -1;
    }
    if (start < 0 && (classes & startClasses) !== 0) start = index;
    index += surrogate ? widthAt(text, index) : 1;
  }
  if (start >= 0) words.push({ start, end: text.length });
  return words;
}

/** The words' texts. */
export function wordTexts(text: string, words: readonly WordSpan[]): string[] {
  return words.map((word) => text.slice(word.start, word.end));
}
