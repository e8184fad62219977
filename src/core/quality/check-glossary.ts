import { type AlignedPair, type CheckContext, createIssue } from "./check-context";
import {
  clueText,
  frenchTermClue,
  frenchTermPattern,
  targetFormPattern,
} from "./glossary-patterns";
import { findVariant, variantStems } from "./glossary-variants";
import type { GlossaryEntry, QaIssue, QaTargetLanguage } from "./qa-report";
import { createTextMemo } from "./text-memo";

interface CompiledTerm {
  readonly source: string;
  readonly expected: string;
  readonly sourcePattern: RegExp;
  /** Letters every match of `sourcePattern` contains (`frenchTermClue`); "" for none. */
  readonly sourceClue: string;
  readonly targetPattern: RegExp;
  readonly stems: readonly string[];
  readonly inflected: boolean;
}

/** Compiled terms by language and entry: glossaries repeat across requests in one isolate. */
const compiledTerms = new Map<string, CompiledTerm>();
const maximumCachedTerms = 2000;

function expectedForm(entry: GlossaryEntry, language: QaTargetLanguage): string | undefined {
  if (entry.do_not_translate) return entry.source;
  return (entry.targets as Partial<Record<QaTargetLanguage, string>>)[language];
}

function compile(
  entry: GlossaryEntry,
  language: QaTargetLanguage,
  inflected: boolean,
): CompiledTerm | undefined {
  const expected = expectedForm(entry, language);
  if (expected === undefined) return undefined;
  const key = `${inflected}\u0000${entry.source}\u0000${expected}`;
  const cached = compiledTerms.get(key);
  if (cached !== undefined) return cached;
  if (compiledTerms.size >= maximumCachedTerms) compiledTerms.clear();
  const term: CompiledTerm = {
    source: entry.source,
    expected,
    sourcePattern: frenchTermPattern(entry.source),
    sourceClue: frenchTermClue(entry.source),
    targetPattern: targetFormPattern(expected, inflected),
    stems: variantStems(expected, inflected),
    inflected,
  };
  compiledTerms.set(key, term);
  return term;
}

function termIssue(pair: AlignedPair, term: CompiledTerm): QaIssue | undefined {
  const variant = findVariant(pair.target, term.stems, term.inflected);
  const present = term.targetPattern.test(pair.target);
  if (variant === undefined && present) return undefined;
  const message =
    variant === undefined
      ? `glossary term ${term.source}: ${term.expected} not found`
      : `glossary term ${term.source} should be ${term.expected}; found ${variant}`;
  return createIssue({
    check: "glossary",
    // Absent may be a pronoun or a rephrasing; a near spelling is a wrong one.
    severity: variant === undefined ? "warning" : "blocking",
    segment: pair.segment,
    message,
    sourceText: pair.source,
    targetText: pair.target,
    expected: term.expected,
  });
}

/** Per folded source text: which French term patterns it matches (the same for every target). */
const sourceMatchesOf = createTextMemo((foldedSource) => ({
  clueText: clueText(foldedSource),
  matches: new Map<RegExp, boolean>(),
}));

function inSource(term: CompiledTerm, foldedSource: string): boolean {
  const source = sourceMatchesOf(foldedSource);
  let found = source.matches.get(term.sourcePattern);
  if (found === undefined) {
    // A source without the term's clue letters cannot match its pattern.
    found = source.clueText.includes(term.sourceClue) && term.sourcePattern.test(foldedSource);
    source.matches.set(term.sourcePattern, found);
  }
  return found;
}

function checkPair(pair: AlignedPair, terms: readonly CompiledTerm[]): QaIssue[] {
  return terms
    .filter((term) => inSource(term, pair.foldedSource))
    .map((term) => termIssue(pair, term))
    .filter((issue): issue is QaIssue => issue !== undefined);
}

/** Glossary terms found in the source appear in the translation as the glossary says. */
export function checkGlossary(context: CheckContext): QaIssue[] {
  const { language, inflected } = context.profile;
  const terms = context.glossary
    .map((entry) => compile(entry, language, inflected))
    .filter((term): term is CompiledTerm => term !== undefined);
  if (terms.length === 0) return [];
  return context.pairs.flatMap((pair) => checkPair(pair, terms));
}
