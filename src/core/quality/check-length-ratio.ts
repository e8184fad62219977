import { type AlignedPair, type CheckContext, createIssue } from "./check-context";
import type { QaIssue, QaSeverity } from "./qa-report";
import type { LengthRatioBand } from "./target-profiles";

/** Short texts (titles, quotes) vary too much in length to judge. */
const minimumSourceForWarning = 20;
const minimumSourceForBlocking = 40;

/** Characters as code points: code units, unless surrogates pair some of them up. */
function characterCount(text: string): number {
  const trimmed = text.trim();
  return /[\uD800-\uDFFF]/.test(trimmed) ? Array.from(trimmed).length : trimmed.length;
}

function severityOf(
  ratio: number,
  sourceLength: number,
  band: LengthRatioBand,
): QaSeverity | undefined {
  const extreme = ratio < band.blockBelow || ratio > band.blockAbove;
  if (extreme && sourceLength >= minimumSourceForBlocking) return "blocking";
  if (ratio < band.warnBelow || ratio > band.warnAbove) return "warning";
  return undefined;
}

function checkPair(pair: AlignedPair, band: LengthRatioBand): QaIssue[] {
  const sourceLength = characterCount(pair.source);
  const targetLength = characterCount(pair.target);
  if (sourceLength < minimumSourceForWarning || targetLength === 0) return [];
  const ratio = targetLength / sourceLength;
  const severity = severityOf(ratio, sourceLength, band);
  if (severity === undefined) return [];
  const direction = ratio < 1 ? "short" : "long";
  return [
    createIssue({
      check: "length",
      severity,
      segment: pair.segment,
      message: `translation ${direction}: ${targetLength} characters for ${sourceLength} (ratio ${ratio.toFixed(2)}, expected ${band.warnBelow}–${band.warnAbove})`,
      sourceText: pair.source,
      targetText: pair.target,
    }),
  ];
}

/** Translation length / source length within the target language's usual band. */
export function checkLengthRatio(context: CheckContext): QaIssue[] {
  return context.pairs.flatMap((pair) => checkPair(pair, context.profile.lengthRatio));
}
