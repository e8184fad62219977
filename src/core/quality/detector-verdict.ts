import { characterClass, classesAt, widthAt } from "../text/character-classes";
import type { Detector, QaSeverity } from "./qa-report";

/** Fewer letters than this give a detector too little to go on. */
const minimumLetters = 30;
const blockingConfidence = 0.9;
const warningConfidence = 0.6;
const threeLetterCodes: Readonly<Record<string, string>> = {
  eng: "en",
  fra: "fr",
  fre: "fr",
  kaz: "kk",
  rus: "ru",
};
/**
 * Only the languages the pipeline reads or writes can block: French left in, or English,
 * Russian, Kazakh in place of another target. A detector torn between Kazakh and its
 * neighbours (Kyrgyz, Tatar…) only warns.
 */
const blockingLanguages: ReadonlySet<string> = new Set(["fr", "en", "ru", "kk"]);

/** At least `minimum` letters (code points of category L) in `text`; stops counting there. */
function hasLetters(text: string, minimum: number): boolean {
  let count = 0;
  for (let index = 0; index < text.length && count < minimum; index += widthAt(text, index)) {
    if ((classesAt(text, index) & characterClass.letter) !== 0) count++;
  }
  return count >= minimum;
}

/** `kk-Cyrl`, `kaz`, `KK` → `kk`. */
export function baseLanguageCode(code: string): string {
  const base = code.toLowerCase().split(/[-_]/)[0] ?? "";
  return threeLetterCodes[base] ?? base;
}

export interface DetectorVerdict {
  readonly language: string;
  readonly confidence: number;
  readonly severity: QaSeverity;
}

/** What an injected detector says against the target language, if it says so with confidence. */
export function detectorVerdict(
  detectLanguage: Detector | undefined,
  text: string,
  targetLanguage: string,
): DetectorVerdict | undefined {
  if (detectLanguage === undefined) return undefined;
  if (!hasLetters(text, minimumLetters)) return undefined;
  const expected = baseLanguageCode(targetLanguage);
  const result = detectLanguage(text, expected);
  const language = baseLanguageCode(result.language);
  if (language === expected || result.confidence < warningConfidence) {
    return undefined;
  }
  const confident = result.confidence >= blockingConfidence && blockingLanguages.has(language);
  const severity = confident ? "blocking" : "warning";
  return { language, confidence: result.confidence, severity };
}
