import type { GlossaryEntry } from "../../src/core/quality/qa-report";
import { errorKinds } from "./error-kinds";
import type { EvalDataset, EvalLanguage } from "./eval-datasets";
import { toSample } from "./eval-sample";
import { type CatchResult, scoreCatches } from "./score-catches";
import { type FalseAlarmResult, scoreFalseAlarms } from "./score-false-alarms";
import { type CheckTiming, TimedChecks } from "./timed-checks";

export interface LanguageResult {
  readonly dataset: string;
  readonly language: EvalLanguage;
  readonly falseAlarms: FalseAlarmResult;
  readonly catches: CatchResult[];
  readonly timing: CheckTiming;
}

/**
 * Scores one dataset and pair: false alarms on the clean references, then catches of each
 * injected error kind, on segments the clean run did not block.
 */
export function scoreLanguage(
  dataset: EvalDataset,
  language: EvalLanguage,
  glossary: readonly GlossaryEntry[],
): LanguageResult {
  const checks = new TimedChecks(language);
  const runs = dataset.documents
    .map((document) => toSample(document, language, dataset.excluded[language]))
    .filter((sample) => sample.target.length > 0)
    .map((sample) => ({ sample, report: checks.run(sample.source, sample.target, glossary) }));
  const context = { dataset: dataset.name, language, glossary, checks };
  const kinds = errorKinds.filter((kind) => kind.languages.includes(language));
  return {
    dataset: dataset.name,
    language,
    falseAlarms: scoreFalseAlarms(runs),
    catches: kinds.map((kind) => scoreCatches(context, kind, runs)),
    timing: checks.timing(),
  };
}
