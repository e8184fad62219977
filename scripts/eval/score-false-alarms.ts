import { type CleanRun, type Example, example, increment, issuesAt } from "./eval-sample";

export interface FalseAlarmResult {
  readonly segments: number;
  readonly flagged: number;
  readonly rate: number;
  readonly byCheck: Record<string, number>;
  readonly warnedSegments: number;
  readonly warningsByCheck: Record<string, number>;
  readonly examples: Example[];
}

const examplesPerCheck = 3;

interface Tally {
  segments: number;
  flagged: number;
  warnedSegments: number;
  readonly byCheck: Record<string, number>;
  readonly warningsByCheck: Record<string, number>;
  readonly examples: Example[];
}

function addExamples(tally: Tally, run: CleanRun, index: number): void {
  const blocking = issuesAt(run.report, index).filter((issue) => issue.severity === "blocking");
  for (const check of new Set(blocking.map((issue) => issue.check))) {
    increment(tally.byCheck, check);
    const shown = tally.examples.filter((shownExample) =>
      shownExample.detail.startsWith(`${check}:`),
    );
    if (shown.length >= examplesPerCheck) continue;
    const message = blocking.find((issue) => issue.check === check)?.message ?? "";
    tally.examples.push(
      example(run.sample, index, `${check}: ${message}`, run.sample.target[index] ?? ""),
    );
  }
}

function tallySegment(tally: Tally, run: CleanRun, index: number): void {
  const issues = issuesAt(run.report, index);
  const warnings = issues.filter((issue) => issue.severity === "warning");
  tally.segments += 1;
  if (warnings.length > 0) tally.warnedSegments += 1;
  for (const check of new Set(warnings.map((issue) => issue.check))) {
    increment(tally.warningsByCheck, check);
  }
  if (issues.length === warnings.length) return;
  tally.flagged += 1;
  addExamples(tally, run, index);
}

/** Reference segments with a blocking issue in the clean run, by check, with examples. */
export function scoreFalseAlarms(runs: readonly CleanRun[]): FalseAlarmResult {
  const tally: Tally = {
    segments: 0,
    flagged: 0,
    warnedSegments: 0,
    byCheck: {},
    warningsByCheck: {},
    examples: [],
  };
  for (const run of runs) {
    for (let index = 0; index < run.sample.target.length; index += 1)
      tallySegment(tally, run, index);
  }
  const rate = tally.segments === 0 ? 0 : tally.flagged / tally.segments;
  return { ...tally, rate };
}
