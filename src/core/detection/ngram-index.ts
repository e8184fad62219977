/**
 * The profiles of one script as integer tables, for scoring without building n-gram strings:
 * each character of the vocabulary gets a small symbol number, an n-gram is its symbols packed
 * in one integer, and an open-addressing hash table maps that integer to a row of quantisation
 * levels (one per language). Built once per profiles object and script, on first use.
 */

import type { ProfiledScript, ScriptProfiles } from "./language-profile-format";
import * as profileFormat from "./language-profile-format";
import { isApostropheCode, isCyrillicLetterCode, isLatinLetterCode } from "./script-letters";

/** Symbols fit in 8 bits, so three of them fit in one 24-bit key. */
export const symbolBits = 8;
const maximumSymbols = (1 << symbolBits) - 1;
/** A module constant: the build loop then reads no imported binding (tsx makes those getters). */
const levelAt = profileFormat.levelAt;
/** `classByCode` of a character that separates words. */
export const separatorClass = -1;
/** `classByCode` of an apostrophe that no n-gram of the vocabulary has. */
export const unknownApostropheClass = -2;
/** `classByCode` of a letter of the script that no n-gram of the vocabulary has. */
export const unknownLetterClass = 0;

export interface NgramIndex {
  readonly languageCount: number;
  /**
   * UTF-16 code unit → its symbol (1…255) when it is a letter of the script or an apostrophe
   * (all look-alikes share the symbol of "'"); otherwise one of the classes above.
   */
  readonly classByCode: Int16Array;
  /** The symbol of the padding space. */
  readonly spaceSymbol: number;
  /** The symbol of "'", or `unknownApostropheClass`. */
  readonly apostropheSymbol: number;
  /** Open-addressing table: packed n-gram (0 = empty slot) → row. */
  readonly slotKeys: Int32Array;
  readonly slotRows: Int32Array;
  readonly slotMask: number;
  /** Levels, `languageCount` per row. */
  readonly levels: Uint8Array;
}

const indexes = new WeakMap<ScriptProfiles, NgramIndex>();

/** Spreads packed keys over a table of `mask + 1` slots (multiplicative hash). */
export function slotOf(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 8) & mask;
}

/**
 * The blocks holding every code `isLatinLetterCode`, `isCyrillicLetterCode` or
 * `isApostropheCode` accepts (checked by a test): only these are tested when the table is
 * built, so the first detection of a cold isolate does not walk all 65,536 codes.
 */
export const letterBlocks: readonly (readonly [start: number, end: number])[] = [
  [0x0000, 0x0530],
  [0x1c80, 0x1c90],
  [0x1e00, 0x1f00],
  [0x2018, 0x201a],
  [0x2c60, 0x2c80],
  [0xa640, 0xa6a0],
  [0xa722, 0xa800],
  [0xff21, 0xff5b],
];

function classTable(script: ProfiledScript, symbols: Int16Array): Int16Array {
  const isLetterCode = script === "Latn" ? isLatinLetterCode : isCyrillicLetterCode;
  const apostrophe = symbols[0x27] || unknownApostropheClass;
  const classes = new Int16Array(0x10000).fill(separatorClass);
  for (const [start, end] of letterBlocks) {
    for (let code = start; code < end; code++) {
      if (isLetterCode(code)) classes[code] = symbols[code] ?? unknownLetterClass;
      else if (isApostropheCode(code)) classes[code] = apostrophe;
    }
  }
  return classes;
}

/** The packed key of an n-gram given as symbols: the first in the lowest bits. */
export function packNgram(symbols: readonly number[]): number {
  let key = 0;
  for (let index = symbols.length - 1; index >= 0; index--) {
    key = (key << symbolBits) | (symbols[index] ?? 0);
  }
  return key;
}

function tableSize(entries: number): number {
  let size = 1024;
  while (size < entries * 4) size *= 2;
  return size;
}

/** Symbols of the vocabulary's characters, numbered from 1 as they are first met. */
class SymbolTable {
  readonly byCode = new Int16Array(0x10000);
  private count = 0;

  symbolOf(code: number): number {
    const known = this.byCode[code] ?? 0;
    if (known !== 0) return known;
    if (this.count >= maximumSymbols) throw new Error("profile has too many characters");
    this.count++;
    this.byCode[code] = this.count;
    return this.count;
  }

  /** Packs an n-gram, giving its new characters symbols on the way. */
  keyOf(ngram: string): number {
    let key = 0;
    for (let index = ngram.length - 1; index >= 0; index--) {
      key = (key << symbolBits) | this.symbolOf(ngram.charCodeAt(index));
    }
    return key;
  }
}

/** Builds the tables with plain loops: this runs once, cold, inside a request. */
function buildIndex(profiles: ScriptProfiles, script: ProfiledScript): NgramIndex {
  const ngrams = Object.keys(profiles.weightsByNgram);
  const languageCount = profiles.languages.length;
  const size = tableSize(ngrams.length);
  const symbols = new SymbolTable();
  const slotKeys = new Int32Array(size);
  const slotRows = new Int32Array(size);
  const levels = new Uint8Array(ngrams.length * languageCount);
  for (let row = 0; row < ngrams.length; row++) {
    const ngram = ngrams[row] ?? "";
    const key = symbols.keyOf(ngram);
    let slot = slotOf(key, size - 1);
    while (slotKeys[slot] !== 0) slot = (slot + 1) & (size - 1);
    slotKeys[slot] = key;
    slotRows[slot] = row;
    const weights = profiles.weightsByNgram[ngram] ?? "";
    for (let language = 0; language < languageCount; language++) {
      levels[row * languageCount + language] = levelAt(weights, language);
    }
  }
  return {
    languageCount,
    classByCode: classTable(script, symbols.byCode),
    spaceSymbol: symbols.byCode[0x20] ?? unknownLetterClass,
    apostropheSymbol: symbols.byCode[0x27] || unknownApostropheClass,
    slotKeys,
    slotRows,
    slotMask: size - 1,
    levels,
  };
}

/** The integer form of one script's profiles (cached per profiles object). */
export function ngramIndexOf(profiles: ScriptProfiles, script: ProfiledScript): NgramIndex {
  let index = indexes.get(profiles);
  if (index === undefined) {
    index = buildIndex(profiles, script);
    indexes.set(profiles, index);
  }
  return index;
}
