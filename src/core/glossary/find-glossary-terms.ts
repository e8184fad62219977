import { characterClass } from "../text/character-classes";
import { findWords } from "../text/find-words";
import type { GlossaryEntry } from "./glossary-schema";

/** Letters without accents, lowercased, apostrophes unified: "Tokaïev" matches "TOKAIEV". */
export function foldForMatching(text: string): string {
  const lower = text.toLowerCase();
  if (!/[\u0080-\uffff]/.test(lower)) return lower.replace(/`/g, "'");
  return lower.normalize("NFD").replace(/\p{M}/gu, "").replace(/[’`]/g, "'");
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
const firstWordPattern = /[\p{L}\p{N}]+/u;
const firstWordCache = new Map<string, string | null>();

/**
 * The first run of letters and digits of a term. Wherever the term matches, that run is a
 * whole word of the text, or (for a one-word term) a word without its plural `-s`/`-x`.
 */
function firstWordOf(term: string): string | null {
  let word = firstWordCache.get(term);
  if (word === undefined) {
    word = foldForMatching(term).match(firstWordPattern)?.[0] ?? null;
    firstWordCache.set(term, word);
  }
  return word;
}

/** The words of a folded text, each also without a final `s` or `x`. */
function wordsAndSingulars(folded: string): Set<string> {
  const words = new Set<string>();
  for (const span of findWords(folded, letterOrNumber, letterOrNumber)) {
    const word = folded.slice(span.start, span.end);
    words.add(word);
    const last = word.charCodeAt(word.length - 1);
    if (last === 0x73 || last === 0x78) words.add(word.slice(0, -1));
  }
  return words;
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
  const words = wordsAndSingulars(folded);
  return entries.filter((entry) => {
    const firstWord = firstWordOf(entry.source);
    if (firstWord !== null && !words.has(firstWord)) return false;
    return termPattern(entry.source).test(folded);
  });
}

/** What the entry requires in one language, or undefined when it says nothing for it. */
export function requiredForm(entry: GlossaryEntry, languageCode: string): string | undefined {
  if (entry.do_not_translate) return entry.source;
  return (entry.targets as Readonly<Record<string, string | undefined>>)[languageCode];
}
