import { isCyrillicLetterCode, isLatinLetterCode } from "./script-letters";

/** ISO 15924 codes of the scripts that `dominantScript` can report. */
export type ScriptCode =
  | "Latn"
  | "Cyrl"
  | "Grek"
  | "Arab"
  | "Hebr"
  | "Armn"
  | "Geor"
  | "Deva"
  | "Thai"
  | "Hang"
  | "Hira"
  | "Kana"
  | "Hani"
  | "Zzzz"
  | "Zyyy";

/** Other scripts, counted with (slower) Unicode-property patterns only when they lead. */
const otherScripts: readonly (readonly [ScriptCode, RegExp])[] = [
  ["Grek", /\p{Script=Greek}/gu],
  ["Arab", /\p{Script=Arabic}/gu],
  ["Hebr", /\p{Script=Hebrew}/gu],
  ["Armn", /\p{Script=Armenian}/gu],
  ["Geor", /\p{Script=Georgian}/gu],
  ["Deva", /\p{Script=Devanagari}/gu],
  ["Thai", /\p{Script=Thai}/gu],
  ["Hang", /\p{Script=Hangul}/gu],
  ["Hira", /\p{Script=Hiragana}/gu],
  ["Kana", /\p{Script=Katakana}/gu],
  ["Hani", /\p{Script=Han}/gu],
];

const letterPattern = /\p{L}/u;

interface LetterCounts {
  latin: number;
  cyrillic: number;
  other: number;
}

function countLetters(text: string): LetterCounts {
  const counts = { latin: 0, cyrillic: 0, other: 0 };
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isLatinLetterCode(code)) counts.latin++;
    else if (isCyrillicLetterCode(code)) counts.cyrillic++;
    else if (code >= 0x80 && letterPattern.test(text[index] ?? "")) counts.other++;
  }
  return counts;
}

function mostFrequentOtherScript(text: string): ScriptCode {
  let best: ScriptCode = "Zzzz";
  let bestCount = 0;
  for (const [script, pattern] of otherScripts) {
    const count = text.match(pattern)?.length ?? 0;
    if (count > bestCount) [best, bestCount] = [script, count];
  }
  return best;
}

/**
 * The script most of the letters of `text` are written in: "Zyyy" (common) when the text has
 * no letters, "Zzzz" when its letters belong to none of the counted scripts.
 */
export function dominantScript(text: string): ScriptCode {
  const { latin, cyrillic, other } = countLetters(text);
  if (latin + cyrillic + other === 0) return "Zyyy";
  if (other > latin && other > cyrillic) return mostFrequentOtherScript(text);
  return cyrillic > latin ? "Cyrl" : "Latn";
}
