/**
 * Remembers what a pure function computed for a text. The checks of one article run once per
 * target language on the same French source, so source-side analyses (number mentions,
 * names, words) are computed once instead of three times, and a translation two checks read
 * the same way is read once. Bounded: emptied when full.
 */
export type TextMemo<Result> = (text: string) => Result;

/** Texts remembered before the memo starts again (a long article has ~100 segments). */
const defaultCapacity = 2000;

export function createTextMemo<Result>(
  compute: (text: string) => Result,
  capacity = defaultCapacity,
): TextMemo<Result> {
  const results = new Map<string, Result>();
  return (text) => {
    const known = results.get(text);
    if (known !== undefined || results.has(text)) return known as Result;
    if (results.size >= capacity) results.clear();
    const result = compute(text);
    results.set(text, result);
    return result;
  };
}
