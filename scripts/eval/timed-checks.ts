import type { GlossaryEntry, QaReport } from "../../src/core/quality/qa-report";
import { runQualityChecks } from "../../src/core/quality/run-quality-checks";
import type { EvalLanguage } from "./eval-datasets";

export interface CheckTiming {
  readonly runs: number;
  readonly averageMs: number;
  readonly maxMs: number;
}

/** Runs the checks on one document and keeps the time each run took. */
export class TimedChecks {
  private runs = 0;
  private totalMs = 0;
  private maxMs = 0;

  constructor(private readonly language: EvalLanguage) {}

  run(
    source: readonly string[],
    target: readonly string[],
    glossary: readonly GlossaryEntry[],
  ): QaReport {
    const started = performance.now();
    const report = runQualityChecks({
      targetLanguage: this.language,
      source: { title: null, segments: [...source] },
      translation: { title: null, segments: [...target] },
      glossary: [...glossary],
    });
    const elapsed = performance.now() - started;
    this.runs += 1;
    this.totalMs += elapsed;
    this.maxMs = Math.max(this.maxMs, elapsed);
    return report;
  }

  timing(): CheckTiming {
    const averageMs = this.runs === 0 ? 0 : this.totalMs / this.runs;
    return { runs: this.runs, averageMs, maxMs: this.maxMs };
  }
}
