import type { GlossaryEntry } from "./glossary-schema";

/** Letters without accents, lowercased, apostrophes unified: "Tokaïev" matches "TOKAIEV". */
export function foldForMatching(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("fr").replace(/[’`]/g, "'");
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

/** The entries whose French term occurs in the text. */
export function findGlossaryTerms(
  text: string,
  entries: readonly GlossaryEntry[],
): GlossaryEntry[] {
  const folded = foldForMatching(text);
  return entries.filter((entry) => termPattern(entry.source).test(folded));
}

/** What the entry requires in one language, or undefined when it says nothing for it. */
export function requiredForm(entry: GlossaryEntry, languageCode: string): string | undefined {
  if (entry.do_not_translate) return entry.source;
  return (entry.targets as Readonly<Record<string, string | undefined>>)[languageCode];
}
