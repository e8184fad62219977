/**
 * Latin letters that look like Cyrillic ones and slip into Cyrillic words when people type
 * on a mixed keyboard ("бiр" with a Latin i, "Cаяси" with a Latin C). Real data has them:
 * NTREX and FLORES Kazakh contain "бiр", "үшiн", "Cүтсорғышты", "Mоливуд".
 * Lower-case y/Y are left out on purpose: they could stand for у or ү.
 */
const cyrillicByLatinHomoglyph: Readonly<Record<string, string>> = {
  a: "а",
  c: "с",
  e: "е",
  h: "һ",
  i: "і",
  o: "о",
  p: "р",
  x: "х",
  A: "А",
  B: "В",
  C: "С",
  E: "Е",
  H: "Н",
  I: "І",
  K: "К",
  M: "М",
  O: "О",
  P: "Р",
  T: "Т",
  X: "Х",
  ə: "ә",
  Ə: "Ә",
  ɵ: "ө",
  Ɵ: "Ө",
};

const wordPattern = /[\p{L}\p{M}]+/gu;
const cyrillicLetterPattern = /\p{Script=Cyrillic}/gu;
const latinLetterPattern = /\p{Script=Latin}/gu;

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function isMostlyCyrillicWithLookalikes(word: string): boolean {
  const latinCount = countMatches(word, latinLetterPattern);
  if (latinCount === 0) return false;
  if (countMatches(word, cyrillicLetterPattern) <= latinCount) return false;
  for (const letter of word.match(latinLetterPattern) ?? []) {
    if (cyrillicByLatinHomoglyph[letter] === undefined) return false;
  }
  return true;
}

function replaceInWord(word: string): string {
  let replaced = "";
  for (const letter of word) replaced += cyrillicByLatinHomoglyph[letter] ?? letter;
  return replaced;
}

/**
 * In a word with more Cyrillic than Latin letters, where every Latin letter has a Cyrillic
 * look-alike, replaces the Latin letters by their Cyrillic twins. Other words are untouched
 * ("Commodoresте" keeps its Latin: m, d, r and s have no twins).
 */
export function replaceLatinHomoglyphs(text: string): string {
  return text.replace(wordPattern, (word) =>
    isMostlyCyrillicWithLookalikes(word) ? replaceInWord(word) : word,
  );
}
