/**
 * A number found in a text. `keys` are the values it may stand for (any one matches), so
 * `1,100` is both 1100 and 1.1, and `15 h` is 15:00, 3:00 and the hour 15 or 3.
 */
export interface NumberMention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly keys: readonly string[];
  /** digits: `54`, `1,5`; time: `15 h`; month: the month of a date; words: `deux`, `nine`. */
  readonly form: "digits" | "time" | "month" | "words";
  /** The value shown in messages, e.g. `5.4e10`. */
  readonly value: string;
  /** The mention carries a magnitude word (million, млрд…). */
  readonly hasMagnitude: boolean;
}

/** A stable key for a numeric value, so 1.50 and 1.5 and 1500/1000 compare equal. */
export function numberKey(value: number): string {
  // Whole numbers below 10^12 keep every digit at 12 significant digits: no rounding to do.
  if (Number.isInteger(value) && Math.abs(value) < 1e12) return `n:${value}`;
  return `n:${Number(value.toPrecision(12))}`;
}

export function monthKey(month: number): string {
  return `m:${month}`;
}

export function timeKey(hour: number, minute: number): string {
  return `t:${hour}:${minute}`;
}

/** Large values in messages read better as 5.4e10 than as 54000000000. */
export function displayValue(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e6) return String(value);
  if (Math.abs(value) < 1e6) return String(Number(value.toPrecision(12)));
  return value.toExponential().replace("e+", "e");
}
