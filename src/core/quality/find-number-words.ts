import { characterClass } from "../text/character-classes";
import { findWords } from "../text/find-words";
import type { NumberLocale } from "./number-locale";
import { readMagnitude } from "./number-magnitudes";
import { displayValue, type NumberMention, numberKey } from "./number-mention";
import { numberWordValue } from "./number-words";

/** Words of a compound number are next to each other: `twenty-five`, `жиырма бес`. */
const compoundGap = /^[\s-]$/u;

interface WordNumber {
  readonly start: number;
  readonly end: number;
  readonly value: number;
}

function isTens(value: number, locale: NumberLocale): boolean {
  const lowestTens = locale === "kk" ? 10 : 20;
  return value >= lowestTens && value <= 90 && value % 10 === 0;
}

/** Joins `twenty five` into 25 and `two hundred` into 200. */
function combine(previous: WordNumber, next: WordNumber, locale: NumberLocale): number | undefined {
  if (isTens(previous.value, locale) && next.value < 10) return previous.value + next.value;
  if (previous.value < 10 && (next.value === 100 || next.value === 1000)) {
    return previous.value * next.value;
  }
  return undefined;
}

function wordNumbers(text: string, locale: NumberLocale): WordNumber[] {
  const numbers: WordNumber[] = [];
  for (const span of findWords(text, characterClass.letter, characterClass.letter)) {
    const value = numberWordValue(text.slice(span.start, span.end).toLowerCase(), locale);
    if (value === undefined) continue;
    const current = { start: span.start, end: span.end, value };
    const previous = numbers[numbers.length - 1];
    const gap = previous === undefined ? "" : text.slice(previous.end, current.start);
    const combined =
      previous !== undefined && compoundGap.test(gap)
        ? combine(previous, current, locale)
        : undefined;
    if (previous !== undefined && combined !== undefined) {
      numbers[numbers.length - 1] = { start: previous.start, end: current.end, value: combined };
    } else numbers.push(current);
  }
  return numbers;
}

function toMention(number: WordNumber, text: string, locale: NumberLocale): NumberMention {
  const magnitude = readMagnitude(text, number.end, locale);
  const value = number.value * (magnitude?.multiplier ?? 1);
  const end = number.end + (magnitude?.text.length ?? 0);
  return {
    text: text.slice(number.start, end),
    start: number.start,
    end,
    keys: [numberKey(value)],
    form: "words",
    value: displayValue(value),
    hasMagnitude: magnitude !== undefined,
  };
}

/** Spelled-out numbers (`deux`, `nine`, `двое`, `тоғыз`), joined into compounds. */
export function findNumberWords(text: string, locale: NumberLocale): NumberMention[] {
  return wordNumbers(text, locale).map((number) => toMention(number, text, locale));
}
