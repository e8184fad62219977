import { buildCheckContext } from "./build-check-context";
import type { CheckContext } from "./check-context";
import { checkGlossary } from "./check-glossary";
import { checkLanguage } from "./check-language";
import { checkLengthRatio } from "./check-length-ratio";
import { checkMarkdown } from "./check-markdown";
import { checkNameConsistency } from "./check-name-consistency";
import { checkNumbers } from "./check-numbers";
import { checkPlaceholders } from "./check-placeholders";
import { checkScript } from "./check-script";
import { checkSegmentCount } from "./check-segment-count";
import { checkSourceNames } from "./check-source-names";
import { checkSummaryNumbers } from "./check-summary-numbers";
import { checkUntranslated } from "./check-untranslated";
import {
  type QaCheckName,
  type QaIssue,
  type QaReport,
  type QaSegmentReference,
  type QualityCheckInput,
  qaCheckNameSchema,
} from "./qa-report";

interface CheckDefinition {
  readonly name: QaCheckName;
  readonly run: (context: CheckContext) => QaIssue[];
  readonly applies?: (context: CheckContext) => boolean;
}

/** The checks, in report order; several may report under one name (shape). */
const checkDefinitions: readonly CheckDefinition[] = [
  { name: "shape", run: checkSegmentCount },
  { name: "shape", run: checkPlaceholders },
  { name: "shape", run: checkMarkdown },
  { name: "length", run: checkLengthRatio },
  { name: "numbers", run: checkNumbers },
  {
    name: "numbers",
    run: checkSummaryNumbers,
    applies: (context) => context.targetOnly.length > 0,
  },
  { name: "glossary", run: checkGlossary, applies: (context) => context.glossary.length > 0 },
  { name: "names", run: checkSourceNames },
  { name: "names", run: checkNameConsistency },
  { name: "script", run: checkScript },
  {
    name: "language",
    run: checkLanguage,
    applies: (context) =>
      context.profile.languageSlip !== "none" || context.detectLanguage !== undefined,
  },
  { name: "untranslated", run: checkUntranslated },
];

function segmentOrder(segment: QaSegmentReference): number {
  if (segment === "title") return -1;
  if (segment === "summary") return Number.MAX_SAFE_INTEGER;
  return segment;
}

/**
 * Deterministic quality checks on a translation (no model call): numbers, glossary, names,
 * language and script, untranslated text, shape and length. Passed means no blocking issue.
 * `enabledChecks` narrows the run to some of them; the report's `checks` lists those that ran.
 */
export function runQualityChecks(input: QualityCheckInput): QaReport {
  const enabled = input.enabledChecks ?? qaCheckNameSchema.options;
  if (enabled.length === 0) return { passed: true, checks: [], issues: [] };
  const context = buildCheckContext(input);
  const active = checkDefinitions.filter(
    (check) => enabled.includes(check.name) && (check.applies?.(context) ?? true),
  );
  const issues = active
    .flatMap((check) => check.run(context))
    .sort((left, right) => segmentOrder(left.segment) - segmentOrder(right.segment));
  return {
    passed: issues.every((issue) => issue.severity !== "blocking"),
    checks: [...new Set(active.map((check) => check.name))],
    issues,
  };
}
