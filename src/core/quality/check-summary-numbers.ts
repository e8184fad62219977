import { type CheckContext, createIssue } from "./check-context";
import { isFound, keySet } from "./check-numbers";
import { findDigitMentions } from "./find-number-mentions";
import type { QaIssue } from "./qa-report";
import { sourceNumberMentions } from "./source-number-mentions";

/**
 * Every number a summary bullet gives with digits (amounts, percentages, dates, times) is one
 * the article gives, in any of its ways of writing it. A number that stands for nothing in
 * the article warns: it is made up, or changed, or computed (a count, a sum).
 */
export function checkSummaryNumbers(context: CheckContext): QaIssue[] {
  const sourceKeys = keySet(context.pairs.flatMap((pair) => sourceNumberMentions(pair.source)));
  return context.targetOnly.flatMap((bullet) =>
    findDigitMentions(bullet.target, context.profile.numberLocale)
      .filter((mention) => !isFound(mention, sourceKeys))
      .map((mention) =>
        createIssue({
          check: "numbers",
          severity: "warning",
          segment: bullet.segment,
          message: `number ${mention.text.trim()} (${mention.value}) in the summary is not in the article`,
          targetText: bullet.target,
        }),
      ),
  );
}
