import { readMonthAfterDay, readMonthBeforeDay } from "./month-names";
import type { NumberLocale } from "./number-locale";
import { readMagnitude } from "./number-magnitudes";
import { displayValue, monthKey, type NumberMention, numberKey } from "./number-mention";
import { parseDigitGroup } from "./parse-digit-group";

/** `50 200` (space-grouped) first, then runs such as `1,5`, `1,100`, `1.234.567,5`, `2025`. */
const digitRunPattern = /(?<!\d)\d{1,3}(?:\p{Zs}\d{3})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,]\d+)*/gu;
const numericDatePattern = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;
/** `les années 80` (the 1980s). */
const decadeBeforePattern = /(?:années|ann[ée]es|decade)\s+$/iu;
/** `1950-53`: the second year of a range, written with two digits. */
const yearRangeBeforePattern = /(?<!\d)(\d{2})\d{2}\s?[-–]\s?$/u;

interface DigitRun {
  readonly text: string;
  readonly start: number;
}

function plainMention(run: DigitRun, value: number): NumberMention {
  return {
    text: run.text,
    start: run.start,
    end: run.start + run.text.length,
    keys: [numberKey(value)],
    form: "digits",
    value: displayValue(value),
    hasMagnitude: false,
  };
}

/** `er octobre` → `octobre`: the month word alone, for messages. */
const monthWordStart = /^(?:er|re|e|è|ème|st|nd|rd|th|-?ші|-?шы)?\s+(?:of\s+)?/u;

function monthMention(start: number, written: string, month: number): NumberMention {
  return {
    text: written.replace(monthWordStart, "") || `month ${month}`,
    start,
    end: start + written.length,
    keys: [monthKey(month)],
    form: "month",
    value: `month ${month}`,
    hasMagnitude: false,
  };
}

/** A two-digit year also stands for its full form: `années 80` is 1980, `1950-53` ends in 1953. */
function yearKeys(run: DigitRun, text: string): string[] {
  if (!/^\d{2}$/.test(run.text)) return [];
  const before = text.slice(Math.max(0, run.start - 12), run.start);
  const range = yearRangeBeforePattern.exec(before);
  if (range?.[1] !== undefined) return [numberKey(Number(`${range[1]}${run.text}`))];
  if (!decadeBeforePattern.test(before)) return [];
  return [numberKey(1900 + Number(run.text)), numberKey(2000 + Number(run.text))];
}

function valueMention(
  run: DigitRun,
  values: number[],
  text: string,
  locale: NumberLocale,
): NumberMention {
  const end = run.start + run.text.length;
  const magnitude = readMagnitude(text, end, locale);
  const multiplier = magnitude?.multiplier ?? 1;
  const keys = values.map((value) => numberKey(value * multiplier));
  if (magnitude?.ambiguous === true) keys.push(...values.map((value) => numberKey(value)));
  if (magnitude === undefined) keys.push(...yearKeys(run, text));
  const shown = `${run.text}${magnitude?.text ?? ""}`;
  return {
    text: shown,
    start: run.start,
    end: end + (magnitude?.text.length ?? 0),
    keys,
    form: "digits",
    value: displayValue((values[0] ?? 0) * multiplier),
    hasMagnitude: magnitude !== undefined && !magnitude.ambiguous,
  };
}

/** A day number followed or preceded by a month name also yields a month mention. */
function dateMonth(
  mention: NumberMention,
  run: DigitRun,
  text: string,
  locale: NumberLocale,
): NumberMention | undefined {
  const isDay = /^\d{1,2}$/.test(run.text) && Number(run.text) >= 1 && Number(run.text) <= 31;
  if (!isDay || mention.hasMagnitude) return undefined;
  const after = readMonthAfterDay(text, mention.end, locale);
  if (after !== undefined) {
    return monthMention(
      mention.end,
      text.slice(mention.end, mention.end + after.length),
      after.month,
    );
  }
  const before = locale === "en" ? readMonthBeforeDay(text, run.start) : undefined;
  return before === undefined ? undefined : monthMention(run.start, "", before);
}

/** Runs that are not one number: `13.03.2025` (a date) or `1.2.3`, read group by group. */
function groupMentions(run: DigitRun): NumberMention[] {
  const date = numericDatePattern.exec(run.text);
  const groups = run.text.split(/[.,/]/);
  const mentions = groups.map((group) => plainMention(run, Number(group)));
  if (date !== null) mentions.push(monthMention(run.start, "", Number(date[2])));
  return mentions;
}

function runMentions(run: DigitRun, text: string, locale: NumberLocale): NumberMention[] {
  const values = parseDigitGroup(run.text);
  if (values.length === 0) return groupMentions(run);
  const mention = valueMention(run, values, text, locale);
  const month = dateMonth(mention, run, text, locale);
  return month === undefined ? [mention] : [mention, month];
}

/** Numbers written with digits, with their magnitude (`3,3 millions`) and date months. */
export function findDigitNumbers(text: string, locale: NumberLocale): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(digitRunPattern)) {
    mentions.push(...runMentions({ text: match[0], start: match.index }, text, locale));
  }
  return mentions;
}
