import { findClockTimes } from "./clock-times";
import { findDigitNumbers } from "./find-digit-numbers";
import { findNumberWords } from "./find-number-words";
import type { NumberLocale } from "./number-locale";
import type { NumberMention } from "./number-mention";

/** Placeholders (⟦3⟧) and URLs hold digits that are not numbers of the text. */
const notNumbersPattern = /⟦\d+⟧|\]\([^)\s]*\)|https?:\/\/\S+/gu;

function maskNonNumbers(text: string): string {
  if (!text.includes("⟦") && !text.includes("](") && !text.includes("://")) return text;
  return text.replace(notNumbersPattern, (match) => " ".repeat(match.length));
}

function overlaps(mention: NumberMention, taken: readonly NumberMention[]): boolean {
  return taken.some((other) => mention.start < other.end && other.start < mention.end);
}

function keepLongestTimes(times: NumberMention[]): NumberMention[] {
  const sorted = [...times].sort((left, right) => right.text.length - left.text.length);
  const kept: NumberMention[] = [];
  for (const time of sorted) if (!overlaps(time, kept)) kept.push(time);
  return kept;
}

function byPosition(left: NumberMention, right: NumberMention): number {
  return left.start - right.start;
}

function timesAndDigits(masked: string, locale: NumberLocale): NumberMention[] {
  if (!/\d/.test(masked)) return [];
  const times = keepLongestTimes(findClockTimes(masked));
  const digits = findDigitNumbers(masked, locale).filter((mention) => !overlaps(mention, times));
  return [...times, ...digits];
}

/** The numbers of a text written with digits: clock times, digits (with magnitude, date month). */
export function findDigitMentions(text: string, locale: NumberLocale): NumberMention[] {
  return timesAndDigits(maskNonNumbers(text), locale).sort(byPosition);
}

/** Every number in a text: clock times, digits (with magnitude and date month), words. */
export function findNumberMentions(text: string, locale: NumberLocale): NumberMention[] {
  const masked = maskNonNumbers(text);
  const words = findNumberWords(masked, locale);
  return [...timesAndDigits(masked, locale), ...words].sort(byPosition);
}
