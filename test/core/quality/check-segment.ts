import type {
  Detector,
  GlossaryEntry,
  QaIssue,
  QaReport,
  QaTargetLanguage,
} from "../../../src/core/quality";
import { runQualityChecks } from "../../../src/core/quality";

export interface SegmentOptions {
  readonly glossary?: GlossaryEntry[];
  readonly detectLanguage?: Detector;
}

/** Runs every check on one aligned segment. */
export function checkSegment(
  targetLanguage: QaTargetLanguage,
  source: string,
  target: string,
  options: SegmentOptions = {},
): QaReport {
  return runQualityChecks({
    targetLanguage,
    source: { title: null, segments: [source] },
    translation: { title: null, segments: [target] },
    ...options,
  });
}

/** The issues of one check, as `severity: message` lines (easy to read in failures). */
export function issuesOf(report: QaReport, check: QaIssue["check"]): string[] {
  return report.issues
    .filter((issue) => issue.check === check)
    .map((issue) => `${issue.severity}: ${issue.message}`);
}

export function blockingOf(report: QaReport, check: QaIssue["check"]): string[] {
  return issuesOf(report, check).filter((line) => line.startsWith("blocking"));
}
