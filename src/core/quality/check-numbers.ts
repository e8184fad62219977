import { type AlignedPair, type CheckContext, createIssue } from "./check-context";
import { findDigitMentions, findNumberMentions } from "./find-number-mentions";
import { findMonths } from "./month-names";
import type { NumberLocale } from "./number-locale";
import { monthKey, type NumberMention } from "./number-mention";
import type { QaIssue } from "./qa-report";
import { sourceNumberMentions } from "./source-number-mentions";
import { looksConverted } from "./unit-conversions";

export function keySet(mentions: readonly NumberMention[]): Set<string> {
  return new Set(mentions.flatMap((mention) => mention.keys));
}

function targetKeys(target: string, mentions: readonly NumberMention[], locale: NumberLocale) {
  const keys = keySet(mentions);
  for (const month of findMonths(target, locale)) keys.add(monthKey(month));
  return keys;
}

export function isFound(mention: NumberMention, keys: ReadonlySet<string>): boolean {
  return mention.keys.some((key) => keys.has(key));
}

/** Source numbers a translation must carry: digits, times and date months (not spelled words). */
function missingMentions(source: readonly NumberMention[], keys: ReadonlySet<string>) {
  const seen = new Set<string>();
  return source.filter((mention) => {
    if (mention.form === "words" || isFound(mention, keys) || seen.has(mention.value)) return false;
    seen.add(mention.value);
    return true;
  });
}

/** Target numbers that stand for nothing in the source: what a missing number became. */
function unexplainedMentions(target: readonly NumberMention[], sourceKeys: ReadonlySet<string>) {
  return target.filter((mention) => mention.form !== "words" && !isFound(mention, sourceKeys));
}

function describeFound(unexplained: readonly NumberMention[]): string {
  if (unexplained.length === 0) return "";
  const shown = unexplained.slice(0, 3).map((mention) => mention.text.trim());
  return `; found ${shown.join(", ")}`;
}

interface MissingNumber {
  readonly mention: NumberMention;
  readonly found: string;
  readonly converted: boolean;
}

function missingIssue(pair: AlignedPair, missing: MissingNumber): QaIssue {
  const { mention, found, converted } = missing;
  const what = mention.form === "month" ? "date month" : "number";
  const text = mention.text.trim();
  const note = converted ? " (units converted?)" : "";
  return createIssue({
    check: "numbers",
    severity: converted ? "warning" : "blocking",
    segment: pair.segment,
    message: `${what} ${text} (${mention.value}) missing or changed${found}${note}`,
    sourceText: pair.source,
    targetText: pair.target,
    expected: mention.value,
  });
}

/**
 * Every source number is among the target's digits: the usual case, settled without reading
 * the target's month names and spelled-out numbers (more keys could only find more).
 */
function carriesEveryNumber(
  pair: AlignedPair,
  sourceMentions: readonly NumberMention[],
  locale: NumberLocale,
): boolean {
  const digitKeys = keySet(findDigitMentions(pair.target, locale));
  return missingMentions(sourceMentions, digitKeys).length === 0;
}

function checkPair(pair: AlignedPair, locale: NumberLocale): QaIssue[] {
  const sourceMentions = sourceNumberMentions(pair.source);
  if (sourceMentions.every((mention) => mention.form === "words")) return [];
  if (carriesEveryNumber(pair, sourceMentions, locale)) return [];
  const targetMentions = findNumberMentions(pair.target, locale);
  const unexplained = unexplainedMentions(targetMentions, keySet(sourceMentions));
  // Spelled-out numbers (one, бір) stand in for digits only when no digit is unexplained.
  const accepted =
    unexplained.length === 0
      ? targetMentions
      : targetMentions.filter((mention) => mention.form !== "words");
  const missing = missingMentions(sourceMentions, targetKeys(pair.target, accepted, locale));
  const found = describeFound(unexplained);
  return missing.map((mention) => {
    const converted = looksConverted(pair.source, mention, pair.target, targetMentions);
    return missingIssue(pair, { mention, found, converted });
  });
}

/** Every number, amount, date and time of the source is in the translation with its value. */
export function checkNumbers(context: CheckContext): QaIssue[] {
  return context.pairs.flatMap((pair) => checkPair(pair, context.profile.numberLocale));
}
