import { characterClass, classesAt, classesBefore, widthAt } from "../text/character-classes";
import { createTextMemo } from "./text-memo";

const { letter, mark, number, upperCase, lowerCase } = characterClass;
/** What ends a sentence or opens a quote: the next capital may be an ordinary word. */
const sentenceOpening = /(?:^|[.!?…:«"“„(]|\s[—–-])\s*$/u;
/** `St.`, `Mr.`, `M.`, `Dr.` end with a period but no sentence. */
const abbreviationBefore = /(?:^|[^\p{L}])\p{Lu}\p{Ll}{0,2}\.\s*$/u;

export interface NameOccurrence {
  readonly name: string;
  readonly index: number;
}

function opensSentence(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = text.slice(Math.max(0, index - 6), index);
  return sentenceOpening.test(before) && !abbreviationBefore.test(before);
}

/** Where the run of lower-case letters and marks starting at `index` ends. */
function endOfLowerCase(text: string, index: number): { end: number; length: number } {
  let end = index;
  let length = 0;
  while (end < text.length && (classesAt(text, end) & (lowerCase | mark)) !== 0) {
    end += widthAt(text, end);
    length += 1;
  }
  return { end, length };
}

/**
 * Every capitalised word of four letters or more, sentence starts included: a capital after
 * no letter or digit, then three or more lower-case letters and marks, then no letter or mark
 * (`Astana`, not `McDonald`).
 */
function scanCapitalisedWords(text: string): NameOccurrence[] {
  const names: NameOccurrence[] = [];
  for (let index = 0; index < text.length; index += 1) {
    if ((classesAt(text, index) & upperCase) === 0) continue;
    if ((classesBefore(text, index) & (letter | number)) !== 0) continue;
    const run = endOfLowerCase(text, index + widthAt(text, index));
    if (run.length < 3 || (classesAt(text, run.end) & (letter | mark)) !== 0) continue;
    names.push({ name: text.slice(index, run.end), index });
    index = run.end - 1;
  }
  return names;
}

/** Remembered per text: the name checks read each translation for them. */
export const findCapitalisedWords: (text: string) => readonly NameOccurrence[] =
  createTextMemo(scanCapitalisedWords);

/** Capitalised words that do not open a sentence or a quote: likely proper names. */
export function findProperNames(text: string): NameOccurrence[] {
  return findCapitalisedWords(text).filter((word) => !opensSentence(text, word.index));
}
