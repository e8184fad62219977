import type {
  Detector,
  GlossaryEntry,
  QaCheckName,
  QaIssue,
  QaSegmentReference,
  QaSeverity,
} from "./qa-report";
import type { TargetProfile } from "./target-profiles";

/** A source text and its translation: the title, or segment i of both. */
export interface AlignedPair {
  readonly segment: QaSegmentReference;
  readonly source: string;
  readonly target: string;
  /** The source with Latin accents removed, computed once for the checks that match words. */
  readonly foldedSource: string;
}

/** A translated text with no aligned source (the summary bullets). */
export interface TargetOnlyText {
  readonly segment: QaSegmentReference;
  readonly target: string;
}

/** The outline of the input, for the shape check. */
export interface TextOutline {
  readonly sourceSegments: number;
  readonly targetSegments: number;
  readonly sourceTitle: boolean;
  readonly targetTitle: boolean;
}

/** What every check receives: the aligned texts and the target language's profile. */
export interface CheckContext {
  readonly profile: TargetProfile;
  readonly outline: TextOutline;
  readonly pairs: readonly AlignedPair[];
  readonly targetOnly: readonly TargetOnlyText[];
  readonly glossary: readonly GlossaryEntry[];
  readonly detectLanguage?: Detector;
}

export interface IssueDetails {
  readonly check: QaCheckName;
  readonly severity: QaSeverity;
  readonly segment: QaSegmentReference;
  readonly message: string;
  readonly sourceText?: string;
  readonly targetText?: string;
  readonly expected?: string;
}

/** Builds a report issue, leaving out the optional fields that are not set. */
export function createIssue(details: IssueDetails): QaIssue {
  const issue: QaIssue = {
    check: details.check,
    severity: details.severity,
    segment: details.segment,
    message: details.message,
  };
  if (details.sourceText !== undefined) issue.source_text = details.sourceText;
  if (details.targetText !== undefined) issue.target_text = details.targetText;
  if (details.expected !== undefined) issue.expected = details.expected;
  return issue;
}
