import type { QaIssue, QaReport } from "../../src/core/quality/qa-report";
import type { EvalDocument, EvalLanguage } from "./eval-datasets";

/** A document of one pair, with the known bad lines of that pair left out. */
export interface Sample {
  readonly lines: readonly number[];
  readonly source: readonly string[];
  readonly target: readonly string[];
  /** The Russian references of the same lines (to slip into Kazakh). */
  readonly russian: readonly string[];
}

/** A reference segment and the report's clean run on its document. */
export interface CleanRun {
  readonly sample: Sample;
  readonly report: QaReport;
}

/** A line shown in the results: a false alarm or a missed injection. */
export interface Example {
  readonly line: number;
  readonly detail: string;
  readonly source: string;
  readonly target: string;
}

export function toSample(
  document: EvalDocument,
  language: EvalLanguage,
  excluded: ReadonlySet<number>,
): Sample {
  const keep = document.lineNumbers.flatMap((line, index) => (excluded.has(line) ? [] : [index]));
  const pick = (lines: readonly string[]) => keep.map((index) => lines[index] ?? "");
  return {
    lines: keep.map((index) => document.lineNumbers[index] ?? 0),
    source: pick(document.french),
    target: pick(document.targets[language]),
    russian: pick(document.targets.ru),
  };
}

export function issuesAt(report: QaReport, index: number): QaIssue[] {
  return report.issues.filter((issue) => issue.segment === index);
}

export function hasBlockingAt(report: QaReport, index: number): boolean {
  return issuesAt(report, index).some((issue) => issue.severity === "blocking");
}

export function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

export function example(sample: Sample, index: number, detail: string, target: string): Example {
  return { line: sample.lines[index] ?? 0, detail, source: sample.source[index] ?? "", target };
}
