import { characterClass } from "../text/character-classes";
import { findWords } from "../text/find-words";
import { mapEachCharacter } from "../text/map-characters";
import type { GlossaryEntry } from "./glossary-schema";

function removeMarksFromText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "");
}

/** Each character without its marks (`é` → `e`, a lone mark → ""). */
const removeMarksByCharacter = mapEachCharacter(removeMarksFromText);

/** What NFD then removing every mark gives; character by character outside astral planes. */
function removeMarks(text: string): string {
  return /[\uD800-\uDFFF]/.test(text) ? removeMarksFromText(text) : removeMarksByCharacter(text);
}

/** Letters without accents, lowercased, apostrophes unified: "Tokaïev" matches "TOKAIEV". */
export function foldForMatching(text: string): string {
  const lower = text.toLowerCase();
  if (!/[\u0080-\uffff]/.test(lower)) return lower.replace(/`/g, "'");
  return removeMarks(lower).replace(/[’`]/g, "'");
}

const patternCache = new Map<string, RegExp>();

/** A term found as whole words, in the plural too (`-s`, `-x`), after an elision (l', d'). */
export function termPattern(term: string): RegExp {
  const folded = foldForMatching(term).trim();
  let pattern = patternCache.get(folded);
  if (!pattern) {
    const escaped = folded.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?:s|x)?(?![\\p{L}\\p{N}])`, "u");
    patternCache.set(folded, pattern);
  }
  return pattern;
}

const letterOrNumber = characterClass.letter | characterClass.number;
const firstWordCache = new Map<string, string | null>();

/**
 * The first run of letters and digits of a term. Wherever the term matches, that run is a
 * whole word of the text, or (for a one-word term) a word without its plural `-s`/`-x`.
 */
function firstWordOf(term: string): string | null {
  let word = firstWordCache.get(term);
  if (word === undefined) {
    const folded = foldForMatching(term);
    const [first] = findWords(folded, letterOrNumber, letterOrNumber);
    word = first === undefined ? null : folded.slice(first.start, first.end);
    firstWordCache.set(term, word);
  }
  return word;
}

/** The entries by the first word of their term, and a quick test of a word's length and letter. */
interface TermIndex {
  readonly byFirstWord: Map<string, GlossaryEntry[]>;
  /** `length * 65536 + first code unit` of every first word. */
  readonly shapes: Set<number>;
  /** Entries whose term has no letter or digit: always tried. */
  readonly unanchored: readonly GlossaryEntry[];
}

const termIndexes = new WeakMap<readonly GlossaryEntry[], TermIndex>();

function shapeOf(text: string, start: number, end: number): number {
  return (end - start) * 65536 + text.charCodeAt(start);
}

function termIndexOf(entries: readonly GlossaryEntry[]): TermIndex {
  let index = termIndexes.get(entries);
  if (index !== undefined) return index;
  const byFirstWord = new Map<string, GlossaryEntry[]>();
  const shapes = new Set<number>();
  const unanchored: GlossaryEntry[] = [];
  for (const entry of entries) {
    const word = firstWordOf(entry.source);
    if (word === null) {
      unanchored.push(entry);
      continue;
    }
    byFirstWord.set(word, [...(byFirstWord.get(word) ?? []), entry]);
    shapes.add(shapeOf(word, 0, word.length));
  }
  index = { byFirstWord, shapes, unanchored };
  termIndexes.set(entries, index);
  return index;
}

/** The entries whose first word is a word of the folded text, or one without `-s`/`-x`. */
function candidateEntries(folded: string, index: TermIndex): Set<GlossaryEntry> {
  const candidates = new Set(index.unanchored);
  const addWord = (start: number, end: number) => {
    if (!index.shapes.has(shapeOf(folded, start, end))) return;
    for (const entry of index.byFirstWord.get(folded.slice(start, end)) ?? []) {
      candidates.add(entry);
    }
  };
  for (const { start, end } of findWords(folded, letterOrNumber, letterOrNumber)) {
    addWord(start, end);
    const last = folded.charCodeAt(end - 1);
    if ((last === 0x73 || last === 0x78) && end - start > 1) addWord(start, end - 1);
  }
  return candidates;
}

/**
 * The entries whose French term occurs in the text. A term whose first word is not among the
 * text's words cannot match, so only the others are tried with their patterns.
 */
export function findGlossaryTerms(
  text: string,
  entries: readonly GlossaryEntry[],
): GlossaryEntry[] {
  const folded = foldForMatching(text);
  const candidates = candidateEntries(folded, termIndexOf(entries));
  return entries.filter((entry) => candidates.has(entry) && termPattern(entry.source).test(folded));
}

/** What the entry requires in one language, or undefined when it says nothing for it. */
export function requiredForm(entry: GlossaryEntry, languageCode: string): string | undefined {
  if (entry.do_not_translate) return entry.source;
  return (entry.targets as Readonly<Record<string, string | undefined>>)[languageCode];
}
