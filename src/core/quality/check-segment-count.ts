import { type CheckContext, createIssue } from "./check-context";
import type { QaIssue } from "./qa-report";

function countIssues(context: CheckContext): QaIssue[] {
  const { sourceSegments, targetSegments } = context.outline;
  if (sourceSegments === targetSegments) return [];
  return [
    createIssue({
      check: "shape",
      severity: "blocking",
      segment: Math.min(sourceSegments, targetSegments),
      message: `segment count differs: source ${sourceSegments}, translation ${targetSegments}`,
      expected: String(sourceSegments),
    }),
  ];
}

function titleIssues(context: CheckContext): QaIssue[] {
  const { sourceTitle, targetTitle } = context.outline;
  if (sourceTitle === targetTitle) return [];
  const message = sourceTitle
    ? "title missing in translation"
    : "translation has a title the source lacks";
  const severity = sourceTitle ? "blocking" : "warning";
  return [createIssue({ check: "shape", severity, segment: "title", message })];
}

function emptyIssues(context: CheckContext): QaIssue[] {
  return context.pairs
    .filter((pair) => pair.source.trim() !== "" && pair.target.trim() === "")
    .map((pair) =>
      createIssue({
        check: "shape",
        severity: "blocking",
        segment: pair.segment,
        message: "translation is empty",
        sourceText: pair.source,
      }),
    );
}

/** As many segments as the source, a title if the source has one, and none left empty. */
export function checkSegmentCount(context: CheckContext): QaIssue[] {
  return [...countIssues(context), ...titleIssues(context), ...emptyIssues(context)];
}
