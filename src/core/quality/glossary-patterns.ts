import { escapeRegExp, foldLatinAccents } from "./text-words";

const wordSplit = /[\s\-'’]+/u;
const leadingArticle = /^(?:le|la|les|l['’])\s*/iu;
const before = "(?<![\\p{L}\\p{N}])";
const after = "(?![\\p{L}\\p{N}])";
const adjectivalEnding = /(?:ий|ый|ой|ая|ое|ие|ые|яя)$/u;
const vowelEnding = /[аеёиоуыэюяйьәөүұі]$/u;
/** Kazakh voices a final к, қ, п before a vowel suffix (қыркүйек → қыркүйегі). */
const voicedFinals: Readonly<Record<string, string>> = { к: "[кг]", қ: "[қғ]", п: "[пб]" };
/** Russian and Kazakh case endings, Kazakh ones stacked (Астанадағы) or after a hyphen (CNN-де). */
const caseEnding = "(?:-?\\p{L}{0,7})";

/** French plural of one word: -s, -x, and -al → -aux. */
function frenchWordPattern(word: string): string {
  if (word.endsWith("al")) return `${escapeRegExp(word.slice(0, -2))}(?:al|aux)`;
  if (/[sxz]$/u.test(word)) return escapeRegExp(word);
  return `${escapeRegExp(word)}(?:s|x)?`;
}

/** The French term's words, accents folded and a leading article left out. */
function frenchTermWords(term: string): string[] {
  const words = foldLatinAccents(term.trim()).replace(leadingArticle, "").split(wordSplit);
  return words.filter((word) => word !== "");
}

/**
 * Lower-case ASCII letters every match of the term's pattern contains: the first word's
 * leading ASCII letters, before a plural `-al`/`-aux`; "" when fewer than three.
 */
export function frenchTermClue(term: string): string {
  const first = (frenchTermWords(term)[0] ?? "").toLowerCase();
  const singular = first.endsWith("al") ? first.slice(0, -2) : first;
  const letters = /^[a-z]*/.exec(singular)?.[0] ?? "";
  return letters.length >= 3 ? letters : "";
}

/**
 * A text lower-cased for `frenchTermClue`: under case-insensitive matching, ſ matches s and
 * the Kelvin sign matches k, so they are written so.
 */
export function clueText(foldedText: string): string {
  return foldedText
    .toLowerCase()
    .replace(/\u017f/g, "s")
    .replace(/\u212a/g, "k");
}

/** Matches a French term in accent-folded text, whatever its case, elision or number. */
export function frenchTermPattern(term: string): RegExp {
  const body = frenchTermWords(term).map(frenchWordPattern).join("[\\s\\-'’]+");
  return new RegExp(`${before}${body}${after}`, "iu");
}

/** The part of a Russian or Kazakh word that stays the same across its case forms. */
export function inflectionStem(word: string): string {
  if (word.length >= 5 && adjectivalEnding.test(word.toLowerCase())) return word.slice(0, -2);
  if (word.length >= 4 && vowelEnding.test(word.toLowerCase())) return word.slice(0, -1);
  return word;
}

function stemPattern(word: string): string {
  const stem = inflectionStem(word);
  const last = stem.slice(-1).toLowerCase();
  const voiced = voicedFinals[last];
  const body =
    voiced === undefined ? escapeRegExp(stem) : `${escapeRegExp(stem.slice(0, -1))}${voiced}`;
  return `${body}${caseEnding}`;
}

/** Matches the expected target form; with `inflected`, each word may take case endings. */
export function targetFormPattern(form: string, inflected: boolean): RegExp {
  const words = form
    .trim()
    .split(/[\s-]+/u)
    .filter((word) => word !== "");
  const parts = inflected ? words.map(stemPattern) : words.map(escapeRegExp);
  const possessive = inflected ? "" : "(?:['’]s|s)?";
  return new RegExp(`${before}${parts.join("[\\s-]+")}${possessive}${after}`, "iu");
}
