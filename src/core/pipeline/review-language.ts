import type { TargetLanguage } from "../languages/languages";
import { singleLanguageJob, type UnitId } from "../plan/translation-job";
import type { QaIssue, QaReport } from "../quality/qa-report";
import type { PipelineContext } from "./pipeline-context";
import { runTranslationJob } from "./run-translation-job";

export interface ReviewedLanguage {
  readonly texts: ReadonlyMap<UnitId, string>;
  readonly qa: QaReport;
  /** Units that still carry a blocking issue: never cached as clean. */
  readonly blockedUnits: ReadonlySet<UnitId>;
}

/**
 * Checks a language's translation (numbers, glossary, names, language and script, shape); when
 * a segment has a blocking issue, asks the model once more for those segments with the issues
 * spelled out, checks again and reports what remains.
 */
export async function reviewLanguage(
  context: PipelineContext,
  language: TargetLanguage,
  texts: ReadonlyMap<UnitId, string>,
  summary: readonly string[] | null,
): Promise<ReviewedLanguage> {
  const first = check(context, language, texts, summary);
  const toRepair = blockedUnits(first.issues);
  if (toRepair.size === 0 || !context.review.repair) {
    return { texts, qa: first, blockedUnits: toRepair };
  }
  const repaired = await repair(context, language, toRepair, first.issues);
  const merged = new Map([...texts, ...repaired]);
  const second = check(context, language, merged, summary);
  return { texts: merged, qa: second, blockedUnits: blockedUnits(second.issues) };
}

function check(
  context: PipelineContext,
  language: TargetLanguage,
  texts: ReadonlyMap<UnitId, string>,
  summary: readonly string[] | null,
): QaReport {
  const { document } = context;
  return context.checkQuality({
    targetLanguage: language.qualityProfile,
    source: {
      title: document.title?.text ?? null,
      segments: document.segments.map((segment) => segment.text),
    },
    translation: {
      title: document.title ? (texts.get("title") ?? "") : null,
      segments: document.segments.map((_segment, index) => texts.get(index + 1) ?? ""),
      ...(summary ? { summary: [...summary] } : {}),
    },
    glossary: context.glossary.presentEntries(),
    enabledChecks: context.review.checks,
  });
}

function unitOf(issue: QaIssue): UnitId | undefined {
  if (issue.segment === "summary") return undefined;
  return issue.segment === "title" ? "title" : issue.segment + 1;
}

function blockedUnits(issues: readonly QaIssue[]): Set<UnitId> {
  const units = issues.filter((issue) => issue.severity === "blocking").map(unitOf);
  return new Set(units.filter((unit): unit is UnitId => unit !== undefined));
}

/** One more call for the blocked segments; if it fails, the first answer stands, reported. */
async function repair(
  context: PipelineContext,
  language: TargetLanguage,
  units: ReadonlySet<UnitId>,
  issues: readonly QaIssue[],
): Promise<ReadonlyMap<UnitId, string>> {
  const lines = issues
    .filter((issue) => issue.severity === "blocking" && unitOf(issue) !== undefined)
    .map((issue) => `- [[${unitOf(issue)}]] ${issue.message}`);
  const corrections = `Corrections: an earlier translation of these segments had these problems; avoid them.\n${lines.join("\n")}\n\n`;
  try {
    const job = singleLanguageJob(language, [...units]);
    const output = await runTranslationJob(context, job, corrections);
    return output.translations.get(language.code) ?? new Map();
  } catch {
    return new Map();
  }
}
