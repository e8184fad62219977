import { type AlignedPair, type CheckContext, createIssue } from "./check-context";
import { type MarkdownOutline, outlineMarkdown } from "./markdown-outline";
import type { QaIssue, QaSeverity } from "./qa-report";

function missingFrom(expected: readonly string[], actual: readonly string[]): string[] {
  const remaining = [...actual];
  return expected.filter((url) => {
    const index = remaining.indexOf(url);
    if (index >= 0) remaining.splice(index, 1);
    return index < 0;
  });
}

function urlMessages(source: MarkdownOutline, target: MarkdownOutline): string[] {
  const missing = missingFrom(source.urls, target.urls).map(
    (url) => `link URL ${url} missing or changed`,
  );
  const added = missingFrom(target.urls, source.urls).map((url) => `link URL ${url} not in source`);
  return [...missing, ...added];
}

function markerMessages(source: MarkdownOutline, target: MarkdownOutline): string[] {
  const messages: string[] = [];
  const markers = [
    ["strong (**)", source.strong, target.strong],
    ["emphasis (*)", source.emphasis, target.emphasis],
    ["code (`)", source.code, target.code],
  ] as const;
  for (const [name, sourceCount, targetCount] of markers) {
    if (sourceCount !== targetCount) {
      messages.push(`${name} markers: source ${sourceCount}, translation ${targetCount}`);
    }
  }
  if (source.block !== target.block) {
    messages.push(
      `block marker: source ${source.block ?? "none"}, translation ${target.block ?? "none"}`,
    );
  }
  return messages;
}

function toIssue(pair: AlignedPair, severity: QaSeverity, message: string): QaIssue {
  return createIssue({
    check: "shape",
    severity,
    segment: pair.segment,
    message,
    sourceText: pair.source,
    targetText: pair.target,
  });
}

function checkPair(pair: AlignedPair): QaIssue[] {
  const source = outlineMarkdown(pair.source);
  const target = outlineMarkdown(pair.target);
  return [
    ...urlMessages(source, target).map((message) => toIssue(pair, "blocking", message)),
    ...markerMessages(source, target).map((message) => toIssue(pair, "warning", message)),
  ];
}

/** Links keep their exact URLs (blocking); emphasis and block markers match (warning). */
export function checkMarkdown(context: CheckContext): QaIssue[] {
  return context.pairs.flatMap(checkPair);
}
