import { type AlignedPair, type CheckContext, createIssue } from "./check-context";
import type { QaIssue } from "./qa-report";

const placeholderPattern = /⟦\d+⟧/gu;

function countTokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(placeholderPattern)) {
    counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  }
  return counts;
}

function describe(token: string, sourceCount: number, targetCount: number): string {
  if (targetCount === 0) return `placeholder ${token} missing`;
  if (sourceCount === 0) return `placeholder ${token} not in source`;
  return `placeholder ${token} appears ${targetCount} times, source has ${sourceCount}`;
}

function checkPair(pair: AlignedPair): QaIssue[] {
  const source = countTokens(pair.source);
  const target = countTokens(pair.target);
  const tokens = new Set([...source.keys(), ...target.keys()]);
  const issues: QaIssue[] = [];
  for (const token of tokens) {
    const sourceCount = source.get(token) ?? 0;
    const targetCount = target.get(token) ?? 0;
    if (sourceCount === targetCount) continue;
    issues.push(
      createIssue({
        check: "shape",
        severity: "blocking",
        segment: pair.segment,
        message: describe(token, sourceCount, targetCount),
        sourceText: pair.source,
        targetText: pair.target,
        expected: token,
      }),
    );
  }
  return issues;
}

/** Placeholder tokens ⟦n⟧ come through exactly: each one, as often as in the source. */
export function checkPlaceholders(context: CheckContext): QaIssue[] {
  return context.pairs.flatMap(checkPair);
}
