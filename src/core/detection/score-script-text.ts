/**
 * Naive Bayes scores of a text for the languages of one script, read straight from the text's
 * character codes: the same words and n-grams as `wordsInScript` and `forEachCharacterNgram`
 * give, and the same scores as summing those strings' levels, without building a string per
 * word or n-gram.
 */
import type { LanguageProfiles, ProfiledScript } from "./language-profile-format";
import type { NgramIndex } from "./ngram-index";
import * as ngramIndex from "./ngram-index";
import type { LanguageScores } from "./score-languages";

// Copied into module constants: hot loops then read no imported binding (bundlers and tsx
// may compile those to property reads through getters).
const separatorClass = ngramIndex.separatorClass;
const unknownApostropheClass = ngramIndex.unknownApostropheClass;
const unknownLetterClass = ngramIndex.unknownLetterClass;

/**
 * Counts the known n-grams of the words it is given, row by row, then sums their levels per
 * language: the same integer sums as adding each occurrence's levels, with one multiply-add
 * per distinct n-gram instead of one add per occurrence.
 */
class NgramTally {
  knownNgramCount = 0;
  private readonly slotKeys: Int32Array;
  private readonly slotRows: Int32Array;
  private readonly slotMask: number;
  private readonly levels: Uint8Array;
  private readonly languageCount: number;
  private readonly rowCounts: Int32Array;
  private readonly countedRows: number[] = [];

  constructor(index: NgramIndex) {
    this.slotKeys = index.slotKeys;
    this.slotRows = index.slotRows;
    this.slotMask = index.slotMask;
    this.levels = index.levels;
    this.languageCount = index.languageCount;
    this.rowCounts = new Int32Array(index.levels.length / index.languageCount);
  }

  /** Adds the 1-, 2- and 3-grams of a padded word, `symbols[0…length)`. */
  addPaddedWord(symbols: Int32Array, length: number): void {
    for (let start = 0; start < length; start++) {
      const first = symbols[start] ?? unknownLetterClass;
      if (first === unknownLetterClass) continue;
      if (start > 0 && start < length - 1) this.add(first);
      const second = start + 1 < length ? (symbols[start + 1] ?? 0) : unknownLetterClass;
      if (second === unknownLetterClass) continue;
      this.add(first | (second << 8));
      const third = start + 2 < length ? (symbols[start + 2] ?? 0) : unknownLetterClass;
      if (third !== unknownLetterClass) this.add(first | (second << 8) | (third << 16));
    }
  }

  /** Each language's sum of the levels of every known n-gram occurrence. */
  levelSums(): Float64Array {
    const { levels, languageCount, rowCounts } = this;
    const sums = new Float64Array(languageCount);
    for (const row of this.countedRows) {
      const count = rowCounts[row] ?? 0;
      const offset = row * languageCount;
      for (let language = 0; language < languageCount; language++) {
        sums[language] = (sums[language] ?? 0) + count * (levels[offset + language] ?? 0);
      }
    }
    return sums;
  }

  private add(key: number): void {
    const { slotKeys, slotMask } = this;
    let slot = (Math.imul(key, 0x9e3779b1) >>> 8) & slotMask;
    let found = slotKeys[slot] ?? 0;
    while (found !== key) {
      if (found === 0) return;
      slot = (slot + 1) & slotMask;
      found = slotKeys[slot] ?? 0;
    }
    this.knownNgramCount++;
    const row = this.slotRows[slot] ?? 0;
    const count = this.rowCounts[row] ?? 0;
    if (count === 0) this.countedRows.push(row);
    this.rowCounts[row] = count + 1;
  }
}

/** Drops the apostrophes at both ends of the word `symbols[1…end)`; returns its new end. */
function trimApostrophes(symbols: Int32Array, end: number, apostrophe: number): number {
  let start = 1;
  let stop = end;
  while (start < stop && symbols[start] === apostrophe) start++;
  while (stop > start && symbols[stop - 1] === apostrophe) stop--;
  if (start > 1) symbols.copyWithin(1, start, stop);
  return stop - start + 1;
}

/** An apostrophe outside the vocabulary, once trimming is done, is an unknown character. */
function forgetUnknownApostrophes(symbols: Int32Array, end: number): void {
  for (let at = 1; at < end; at++) {
    if (symbols[at] === unknownApostropheClass) symbols[at] = unknownLetterClass;
  }
}

/** Scores `text` (already cut to the analysed length) for the languages of `script`. */
export function scoreScriptText(
  profiles: LanguageProfiles,
  script: ProfiledScript,
  text: string,
): LanguageScores {
  const { languages } = profiles.scripts[script];
  const index = ngramIndex.ngramIndexOf(profiles.scripts[script], script);
  const tally = new NgramTally(index);
  const { classByCode, spaceSymbol, apostropheSymbol } = index;
  const lowerCase = text.normalize("NFC").toLowerCase();
  const symbols = new Int32Array(lowerCase.length + 3);
  symbols[0] = spaceSymbol;
  let end = 1;
  for (let position = 0; position <= lowerCase.length; position++) {
    const code = position < lowerCase.length ? lowerCase.charCodeAt(position) : 0x20;
    const symbol = classByCode[code] ?? separatorClass;
    if (symbol !== separatorClass) symbols[end++] = symbol;
    else if (end > 1) {
      const wordEnd = trimApostrophes(symbols, end, apostropheSymbol);
      if (wordEnd > 1) {
        forgetUnknownApostrophes(symbols, wordEnd);
        symbols[wordEnd] = spaceSymbol;
        tally.addPaddedWord(symbols, wordEnd + 1);
      }
      end = 1;
    }
  }
  const { weightOffset, weightStep } = profiles;
  const count = tally.knownNgramCount;
  const scores = Array.from(tally.levelSums(), (sum) => count * weightOffset - sum * weightStep);
  return { languages, scores, knownNgramCount: count };
}
