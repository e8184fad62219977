import { characterClass } from "../text/character-classes";
import { findWords } from "../text/find-words";
import { type AlignedPair, type CheckContext, createIssue } from "./check-context";
import { isNearSpelling } from "./edit-distance";
import { isInflectedForm } from "./name-forms";
import { findCapitalisedWords, findProperNames, type NameOccurrence } from "./proper-names";
import type { QaIssue } from "./qa-report";
import { createTextMemo } from "./text-memo";
import { foldedLowerCaseWordTexts, foldLatinAccents, lowerCaseWords } from "./text-words";

const latinName = /^\p{Script=Latin}+$/u;
const latinOrMark = characterClass.latin | characterClass.mark;

function fold(word: string): string {
  return foldLatinAccents(word).toLowerCase();
}

function latinWords(occurrences: readonly NameOccurrence[]): string[] {
  return occurrences.map((occurrence) => occurrence.name).filter((name) => latinName.test(name));
}

/**
 * Only Latin words can be copies of the source's Latin names. Remembered per text: every
 * translation is read for the whole text's copied words, then again pair by pair.
 */
const latinLowerCaseWords = createTextMemo((text) =>
  foldedLowerCaseWordTexts(text, findWords(text, latinOrMark, latinOrMark)),
);

/** Per source text: its Latin proper names, and its words (accents folded). */
const sourceLatinNamesOf = createTextMemo((source) => latinWords(findProperNames(source)));
const foldedSourceWordsOf = createTextMemo((folded) => new Set(lowerCaseWords(folded)));

interface PairWords {
  readonly targetWords: ReadonlySet<string>;
  readonly sourceWords: ReadonlySet<string>;
  readonly targetNames: readonly string[];
}

function misspelling(name: string, words: PairWords, inflected: boolean): string | undefined {
  const folded = fold(name);
  return words.targetNames.find((candidate) => {
    const other = fold(candidate);
    if (words.sourceWords.has(other) || isInflectedForm(folded, other, inflected)) return false;
    return isNearSpelling(folded, other);
  });
}

function checkPair(
  pair: AlignedPair,
  copiedNames: ReadonlySet<string>,
  inflected: boolean,
): QaIssue[] {
  const sourceNames = sourceLatinNamesOf(pair.source).filter((name) => copiedNames.has(fold(name)));
  if (sourceNames.length === 0) return [];
  const words: PairWords = {
    targetWords: new Set(latinLowerCaseWords(pair.target)),
    sourceWords: foldedSourceWordsOf(pair.foldedSource),
    targetNames: latinWords(findCapitalisedWords(pair.target)),
  };
  const issues: QaIssue[] = [];
  for (const name of new Set(sourceNames)) {
    if (words.targetWords.has(fold(name))) continue;
    const found = misspelling(name, words, inflected);
    if (found === undefined) continue;
    issues.push(
      createIssue({
        check: "names",
        severity: "warning",
        segment: pair.segment,
        message: `name ${name} in the source is spelled ${found}`,
        sourceText: pair.source,
        targetText: pair.target,
        expected: name,
      }),
    );
  }
  return issues;
}

/** Latin words of the whole translation: a source name found there is copied as it is. */
function copiedWords(context: CheckContext): Set<string> {
  const words = new Set<string>();
  for (const text of [...context.pairs, ...context.targetOnly]) {
    for (const word of latinLowerCaseWords(text.target)) words.add(word);
  }
  return words;
}

/**
 * A name the translation copies from the source (Latin script, spelled the same elsewhere in
 * the translation) keeps its spelling in every segment: Miller here, Miler there warns.
 * Names written differently throughout (Athènes → Athens) are exonyms, not misspellings.
 */
export function checkSourceNames(context: CheckContext): QaIssue[] {
  const copied = copiedWords(context);
  return context.pairs.flatMap((pair) => checkPair(pair, copied, context.profile.inflected));
}
