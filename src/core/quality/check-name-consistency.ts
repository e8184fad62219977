import { characterClass } from "../text/character-classes";
import { findWords, wordTexts } from "../text/find-words";
import { type CheckContext, createIssue } from "./check-context";
import { isNearSpelling } from "./edit-distance";
import { isInflectedForm } from "./name-forms";
import { findProperNames } from "./proper-names";
import type { QaIssue, QaSegmentReference } from "./qa-report";
import { createTextMemo } from "./text-memo";

interface NameUse {
  readonly name: string;
  count: number;
  readonly segments: QaSegmentReference[];
  /** Written so in the source too: a copied name, which the source-names check covers. */
  readonly inSource: boolean;
}

const lettersWordsOf = createTextMemo((text) =>
  wordTexts(text, findWords(text, characterClass.letter, characterClass.letter)),
);

function sourceWords(context: CheckContext): Set<string> {
  const words = new Set<string>();
  for (const pair of context.pairs) {
    for (const word of lettersWordsOf(pair.source)) words.add(word);
  }
  return words;
}

/** Short words with case endings are mostly common nouns (Үйге, Үйде): names need five letters. */
const minimumInflectedLength = 5;

function collectNames(context: CheckContext): Map<string, NameUse> {
  const uses = new Map<string, NameUse>();
  const minimumLength = context.profile.inflected ? minimumInflectedLength : 0;
  const copied = sourceWords(context);
  for (const text of [...context.pairs, ...context.targetOnly]) {
    for (const { name } of findProperNames(text.target)) {
      if (name.length < minimumLength) continue;
      const use = uses.get(name) ?? { name, count: 0, segments: [], inSource: copied.has(name) };
      use.count += 1;
      if (!use.segments.includes(text.segment)) use.segments.push(text.segment);
      uses.set(name, use);
    }
  }
  return uses;
}

/** Near spellings, not case forms; a copied name against another is left to the source check. */
function isSameNameMisspelt(left: NameUse, right: NameUse, inflected: boolean): boolean {
  const a = left.name.toLowerCase();
  const b = right.name.toLowerCase();
  if (left.inSource !== right.inSource) return false;
  return a[0] === b[0] && isNearSpelling(a, b) && !isInflectedForm(a, b, inflected);
}

function inconsistency(rare: NameUse, common: NameUse): QaIssue {
  return createIssue({
    check: "names",
    severity: "warning",
    segment: rare.segments[0] ?? 0,
    message: `name spelled ${rare.name} here, ${common.name} elsewhere`,
    expected: common.name,
  });
}

function compareGroup(group: readonly NameUse[], inflected: boolean): QaIssue[] {
  const issues: QaIssue[] = [];
  for (let first = 0; first < group.length; first += 1) {
    for (let second = first + 1; second < group.length; second += 1) {
      const left = group[first];
      const right = group[second];
      if (left === undefined || right === undefined) continue;
      if (!isSameNameMisspelt(left, right, inflected)) continue;
      const [rare, common] = left.count <= right.count ? [left, right] : [right, left];
      issues.push(inconsistency(rare, common));
    }
  }
  return issues;
}

function groupByInitial(uses: Iterable<NameUse>): NameUse[][] {
  const groups = new Map<string, NameUse[]>();
  for (const use of uses) {
    const initial = use.name[0]?.toLowerCase() ?? "";
    groups.set(initial, [...(groups.get(initial) ?? []), use]);
  }
  return [...groups.values()];
}

/** One name, one spelling across the translation (Tokayev here, Tokaev there warns). */
export function checkNameConsistency(context: CheckContext): QaIssue[] {
  const groups = groupByInitial(collectNames(context).values());
  return groups.flatMap((group) => compareGroup(group, context.profile.inflected));
}
