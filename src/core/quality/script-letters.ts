export interface ScriptLetterCounts {
  readonly latin: number;
  readonly cyrillic: number;
  /** Letters of any other script (Greek, Arabic, CJK…). */
  readonly other: number;
}

const letter = /\p{L}/u;

function isLatin(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x1e00 && code <= 0x1eff)
  );
}

function isCyrillic(code: number): boolean {
  return code >= 0x400 && code <= 0x52f;
}

/** Counts the letters of a text per script (by code ranges: this runs on every segment). */
export function countScriptLetters(text: string): ScriptLetterCounts {
  let latin = 0;
  let cyrillic = 0;
  let other = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x41) continue;
    if (isLatin(code)) latin += 1;
    else if (isCyrillic(code)) cyrillic += 1;
    else if (code > 0x7f && letter.test(text[index] ?? "")) other += 1;
  }
  return { latin, cyrillic, other };
}

/** Words that mix Latin and Cyrillic letters (`Mоливуд` with a Latin M): look-alike typos. */
const mixedScriptWord =
  /[\p{L}]*(?:\p{Script=Latin}[\p{L}]*\p{Script=Cyrillic}|\p{Script=Cyrillic}[\p{L}]*\p{Script=Latin})[\p{L}]*/gu;
/** A word mixing scripts has a Latin letter next to a Cyrillic one: a cheap test first. */
const latinNextToCyrillic =
  /[A-Za-z\u00C0-\u024F][\u0400-\u052F]|[\u0400-\u052F][A-Za-z\u00C0-\u024F]/u;

export function findMixedScriptWords(text: string): string[] {
  if (!latinNextToCyrillic.test(text)) return [];
  return Array.from(text.matchAll(mixedScriptWord), (match) => match[0]);
}
