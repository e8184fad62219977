import type { GlossaryEntry, QaIssue, QaReport } from "../../src/core/quality/qa-report";
import type { ErrorKindDefinition } from "./error-kinds";
import type { EvalLanguage } from "./eval-datasets";
import {
  type CleanRun,
  type Example,
  example,
  hasBlockingAt,
  increment,
  issuesAt,
} from "./eval-sample";
import { seededRandom } from "./seeded-random";
import type { TimedChecks } from "./timed-checks";

export interface CatchResult {
  readonly kind: string;
  readonly label: string;
  readonly expectsBlocking: boolean;
  readonly injected: number;
  readonly caughtBlocking: number;
  readonly caughtAny: number;
  readonly rate: number;
  readonly byCheck: Record<string, number>;
  readonly misses: Example[];
}

export interface CatchContext {
  readonly dataset: string;
  readonly language: EvalLanguage;
  readonly glossary: readonly GlossaryEntry[];
  readonly checks: TimedChecks;
}

interface CatchTally {
  injected: number;
  caughtBlocking: number;
  caughtAny: number;
  readonly byCheck: Record<string, number>;
  readonly misses: Example[];
}

const missesPerKind = 4;

/** Issues on the segment that the clean run did not have. */
function newIssues(report: QaReport, clean: QaReport, index: number): QaIssue[] {
  const before = new Set(issuesAt(clean, index).map((issue) => issue.message));
  return issuesAt(report, index).filter((issue) => !before.has(issue.message));
}

function injectOne(
  context: CatchContext,
  kind: ErrorKindDefinition,
  run: CleanRun,
  index: number,
  tally: CatchTally,
): void {
  const { sample } = run;
  const line = sample.lines[index] ?? 0;
  const injection = kind.inject({
    language: context.language,
    source: sample.source[index] ?? "",
    target: sample.target[index] ?? "",
    russian: sample.russian[index] ?? "",
    glossary: context.glossary,
    random: seededRandom(`${context.dataset}:${context.language}:${kind.kind}:${line}`),
  });
  if (injection === undefined) return;
  const target = sample.target.map((text, position) =>
    position === index ? injection.target : text,
  );
  const report = context.checks.run(sample.source, target, injection.glossary);
  const fresh = newIssues(report, run.report, index);
  const blocking = fresh.find((issue) => issue.severity === "blocking");
  tally.injected += 1;
  if (blocking !== undefined) tally.caughtBlocking += 1;
  if (fresh.length > 0) tally.caughtAny += 1;
  const credited = kind.expectsBlocking ? blocking : fresh[0];
  if (credited !== undefined) increment(tally.byCheck, credited.check);
  else if (tally.misses.length < missesPerKind) {
    tally.misses.push(example(sample, index, injection.detail, injection.target));
  }
}

/**
 * Injects one error of a kind into every applicable reference segment the clean run did not
 * block, and counts how many the checks flag on that segment.
 */
export function scoreCatches(
  context: CatchContext,
  kind: ErrorKindDefinition,
  runs: readonly CleanRun[],
): CatchResult {
  const tally: CatchTally = {
    injected: 0,
    caughtBlocking: 0,
    caughtAny: 0,
    byCheck: {},
    misses: [],
  };
  for (const run of runs) {
    for (let index = 0; index < run.sample.target.length; index += 1) {
      if (!hasBlockingAt(run.report, index)) injectOne(context, kind, run, index, tally);
    }
  }
  const caught = kind.expectsBlocking ? tally.caughtBlocking : tally.caughtAny;
  const rate = tally.injected === 0 ? 0 : caught / tally.injected;
  return {
    kind: kind.kind,
    label: kind.label,
    expectsBlocking: kind.expectsBlocking,
    ...tally,
    rate,
  };
}
