import type { NumberLocale } from "./number-locale";

/** A magnitude word read right after a number: `3,3 millions`, `£2.8bn`, `54 млрд`. */
export interface Magnitude {
  readonly text: string;
  readonly multiplier: number;
  /** True when the word may not be a magnitude at all (English `200m`: metres or million). */
  readonly ambiguous: boolean;
}

interface MagnitudeRule {
  readonly pattern: RegExp;
  readonly multiplier: number;
  readonly ambiguous?: boolean;
}

const thousand = 1e3;
const million = 1e6;
const billion = 1e9;
const trillion = 1e12;
const wordEnd = "(?![\\p{L}\\p{N}])";

function rule(source: string, multiplier: number, flags = "iuy", ambiguous = false): MagnitudeRule {
  return { pattern: new RegExp(source, flags), multiplier, ambiguous };
}

/** Tried in order at the end of a number; sticky (`y`) so they only match right there. */
const rules: Record<NumberLocale, readonly MagnitudeRule[]> = {
  fr: [
    rule(`\\s*milliards?${wordEnd}`, billion),
    rule(`\\s*millions?${wordEnd}`, million),
    rule(`\\s*billions?${wordEnd}`, trillion),
    rule(`\\s*milliers?${wordEnd}`, thousand),
    rule(`\\s*mille${wordEnd}`, thousand),
    rule(`\\s?(?:Mds?|Md)(?=\\s?[€$£]|${wordEnd})`, billion, "uy"),
    rule(`\\s?M(?=\\s?[€$£])`, million, "uy"),
    rule(`\\s?k(?=\\s?[€$£])`, thousand, "uy"),
  ],
  en: [
    rule(`\\s*(?:thousand)s?${wordEnd}`, thousand),
    rule(`\\s*(?:million)s?${wordEnd}`, million),
    rule(`\\s*(?:billion)s?${wordEnd}`, billion),
    rule(`\\s*(?:trillion)s?${wordEnd}`, trillion),
    rule(`\\s?bn${wordEnd}`, billion),
    rule(`\\s?mn${wordEnd}`, million),
    rule(`\\s?tn${wordEnd}`, trillion),
    rule(`k${wordEnd}`, thousand),
    rule(`m${wordEnd}`, million, "uy", true),
  ],
  ru: [
    rule(`[\\s-]*тыс(?:яч\\p{L}*)?\\.?`, thousand),
    rule(`[\\s-]*(?:млн|миллион\\p{L}*)\\.?`, million),
    rule(`[\\s-]*(?:млрд|миллиард\\p{L}*)\\.?`, billion),
    rule(`[\\s-]*(?:трлн|триллион\\p{L}*)\\.?`, trillion),
  ],
  kk: [
    rule(`\\s*мың(?!даған)\\p{L}*(?:-\\p{L}+)?`, thousand),
    rule(`\\s*(?:млн|миллион\\p{L}*)\\.?(?:-\\p{L}+)?`, million),
    rule(`\\s*(?:млрд|миллиард\\p{L}*)\\.?(?:-\\p{L}+)?`, billion),
    rule(`\\s*(?:трлн|триллион\\p{L}*)\\.?(?:-\\p{L}+)?`, trillion),
  ],
};

/**
 * The letters, lower-cased, that each locale's rules start with after their spaces or hyphens
 * (`M€` and `Md` are read as m): a number followed by any other letter has no magnitude.
 */
const initials: Record<NumberLocale, string> = { fr: "mbk", en: "tmbk", ru: "тм", kk: "мт" };
const kelvinSign = "\u212a";

/** The first character after `position` that is not a space or a hyphen. */
function nextCharacter(text: string, position: number): string | undefined {
  let index = position;
  while (index < text.length && /[\s-]/.test(text.charAt(index))) index += 1;
  return index < text.length ? text.charAt(index) : undefined;
}

function mayStartMagnitude(text: string, position: number, locale: NumberLocale): boolean {
  const next = nextCharacter(text, position);
  if (next === undefined) return false;
  // Case-insensitive rules read the Kelvin sign as k.
  return initials[locale].includes(next === kelvinSign ? "k" : next.toLowerCase());
}

/** The magnitude word starting at `position` in `text`, if any. */
export function readMagnitude(
  text: string,
  position: number,
  locale: NumberLocale,
): Magnitude | undefined {
  if (!mayStartMagnitude(text, position, locale)) return undefined;
  for (const candidate of rules[locale]) {
    candidate.pattern.lastIndex = position;
    const match = candidate.pattern.exec(text);
    if (match !== null) {
      return {
        text: match[0],
        multiplier: candidate.multiplier,
        ambiguous: candidate.ambiguous === true,
      };
    }
  }
  return undefined;
}
