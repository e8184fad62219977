/** A capitalised word of four letters or more: a candidate proper name. */
const capitalisedWord = /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}\p{M}]{3,}(?![\p{L}\p{M}])/gu;
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

/** Every capitalised word of four letters or more, sentence starts included. */
export function findCapitalisedWords(text: string): NameOccurrence[] {
  return Array.from(text.matchAll(capitalisedWord), (match) => ({
    name: match[0],
    index: match.index,
  }));
}

/** Capitalised words that do not open a sentence or a quote: likely proper names. */
export function findProperNames(text: string): NameOccurrence[] {
  return findCapitalisedWords(text).filter((word) => !opensSentence(text, word.index));
}
