/** Numbers written with digits, found independently of the checks under test. */
const digitRunPattern =
  /(?<!\d)\d{1,2}:\d{2}(?!\d)|(?<!\d)\d{1,3}(?:\p{Zs}\d{3})+(?!\d)|\d+(?:[.,]\d+)*/gu;

export interface DigitRun {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The digits alone: `50 200`, `50,200` and `50200` share `50200`. */
  readonly digits: string;
}

export function findDigitRuns(text: string): DigitRun[] {
  return Array.from(text.matchAll(digitRunPattern), (match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
    digits: match[0].replace(/\D/gu, ""),
  }));
}

/** Target numbers also in the source and written once in the target: where an error is clear. */
export function sharedDigitRuns(source: string, target: string): DigitRun[] {
  const sourceDigits = new Set(findDigitRuns(source).map((run) => run.digits));
  const targetRuns = findDigitRuns(target);
  return targetRuns.filter(
    (run) =>
      sourceDigits.has(run.digits) &&
      targetRuns.filter((other) => other.digits === run.digits).length === 1,
  );
}
