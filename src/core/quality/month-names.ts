import type { NumberLocale } from "./number-locale";

/**
 * Month names per locale, as one regex each with a capture group per month (1..12).
 * English is case-sensitive so that the verbs "may" and "march" are not months.
 */
const monthSources: Record<NumberLocale, { readonly months: readonly string[]; flags: string }> = {
  fr: {
    months: [
      "janvier",
      "f[ée]vrier",
      "mars",
      "avril",
      "mai",
      "juin",
      "juillet",
      "ao[uû]t",
      "septembre",
      "octobre",
      "novembre",
      "d[ée]cembre",
    ],
    flags: "iu",
  },
  en: {
    months: [
      "January|Jan\\.",
      "February|Feb\\.",
      "March|Mar\\.",
      "April|Apr\\.",
      "May",
      "June|Jun\\.",
      "July|Jul\\.",
      "August|Aug\\.",
      "September|Sept?\\.",
      "October|Oct\\.",
      "November|Nov\\.",
      "December|Dec\\.",
    ],
    flags: "u",
  },
  ru: {
    months: [
      "январ(?:ь|я|е|ём|ем)",
      "феврал(?:ь|я|е|ём|ем)",
      "март(?:а|е|ом)?",
      "апрел(?:ь|я|е|ем)",
      "ма(?:й|я|е|ем)",
      "июн(?:ь|я|е|ем)",
      "июл(?:ь|я|е|ем)",
      "август(?:а|е|ом)?",
      "сентябр(?:ь|я|е|ём|ем)",
      "октябр(?:ь|я|е|ём|ем)",
      "ноябр(?:ь|я|е|ём|ем)",
      "декабр(?:ь|я|е|ём|ем)",
    ],
    flags: "iu",
  },
  kk: {
    months: [
      "қаңтар\\p{L}*",
      "ақпан\\p{L}*",
      "наурыз\\p{L}*",
      "сәуір\\p{L}*",
      "мамыр\\p{L}*",
      "маусым\\p{L}*",
      "шілде\\p{L}*",
      "тамыз\\p{L}*",
      "қыркүйе[кг]\\p{L}*",
      "қазан\\p{L}*",
      "қараша\\p{L}*",
      "желтоқсан\\p{L}*",
    ],
    flags: "iu",
  },
};

const boundaryBefore = "(?<![\\p{L}])";
const boundaryAfter = "(?![\\p{L}])";

function alternation(months: readonly string[]): string {
  return months.map((month) => `(${month})`).join("|");
}

function compile(flags: string, prefix: string, suffix: string): Record<NumberLocale, RegExp> {
  const compiled = {} as Record<NumberLocale, RegExp>;
  for (const [locale, source] of Object.entries(monthSources) as [
    NumberLocale,
    (typeof monthSources)[NumberLocale],
  ][]) {
    const pattern = `${prefix}(?:${alternation(source.months)})${suffix}`;
    compiled[locale] = new RegExp(pattern, `${source.flags}${flags}`);
  }
  return compiled;
}

/** Every month word in a text. */
const anywherePatterns = compile("g", boundaryBefore, boundaryAfter);
/** A month right after a day number: `13 mars`, `1er octobre`, `13 марта`, `1 қазанда`. */
const afterDayPatterns = compile(
  "y",
  "(?:er|re|e|è|ème|st|nd|rd|th|-?ші|-?шы)?\\s+(?:of\\s+)?",
  boundaryAfter,
);
/** A month right before a day number (English `March 13`). */
const beforeDayPattern = new RegExp(
  `(?:${alternation(monthSources.en.months)})\\s+$`,
  monthSources.en.flags,
);

function monthOf(match: RegExpExecArray): number | undefined {
  const index = match.findIndex((group, position) => position > 0 && group !== undefined);
  return index > 0 ? index : undefined;
}

/** Month numbers (1..12) of all month words in `text`. */
export function findMonths(text: string, locale: NumberLocale): Set<number> {
  const months = new Set<number>();
  for (const match of text.matchAll(anywherePatterns[locale])) {
    const month = monthOf(match);
    if (month !== undefined) months.add(month);
  }
  return months;
}

/** The month written right after a day number ending at `position`, with its length. */
export function readMonthAfterDay(
  text: string,
  position: number,
  locale: NumberLocale,
): { month: number; length: number } | undefined {
  const pattern = afterDayPatterns[locale];
  pattern.lastIndex = position;
  const match = pattern.exec(text);
  const month = match === null ? undefined : monthOf(match);
  return match === null || month === undefined ? undefined : { month, length: match[0].length };
}

/** The English month written right before a day number starting at `position`. */
export function readMonthBeforeDay(text: string, position: number): number | undefined {
  const match = beforeDayPattern.exec(text.slice(Math.max(0, position - 12), position));
  return match === null ? undefined : monthOf(match);
}
