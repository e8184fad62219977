/**
 * Deterministic quality checks on a translation (no model call, no runtime imports):
 * numbers and dates, glossary terms and names, language and script, untranslated text,
 * shape (segments, placeholders, Markdown) and length. `runQualityChecks` returns a
 * `QaReport`; `passed` is false when any issue is blocking. Measured by scripts/eval-qa.ts.
 */
export {
  type DetectionResult,
  type Detector,
  detectionResultSchema,
  type GlossaryEntry,
  glossaryEntrySchema,
  type QaCheckName,
  type QaIssue,
  type QaReport,
  type QaSegmentReference,
  type QaSeverity,
  type QaTargetLanguage,
  type QualityChecker,
  type QualityCheckInput,
  qaCheckNameSchema,
  qaIssueSchema,
  qaReportSchema,
  qaSegmentReferenceSchema,
  qaSeveritySchema,
  qaTargetLanguageSchema,
  qualityCheckInputSchema,
} from "./qa-report";
export { runQualityChecks } from "./run-quality-checks";
