/**
 * Language and script identification for /v1/detect and the quality checks.
 * Own model (see docs/language-detection.md): naive Bayes over character 1–3-grams, trained
 * on NTREX by scripts/build-language-profiles.ts. The script is found first (letter counts),
 * then only the languages written in that script compete, on the words of that script, so a
 * Latin name inside a Kazakh sentence neither helps nor hurts.
 */
import type { DetectionResult } from "./detection-result";
import type { LanguageProfiles } from "./language-profile-format";
import { builtInLanguageProfiles } from "./language-profiles";
import { isPlainCyrillicLanguage } from "./plain-cyrillic-language";
import { isPlainEnglish } from "./plain-english";
import { rankCandidates } from "./score-languages";
import { scoreText } from "./score-text";

const candidateCount = 3;

/** `detectLanguage` with explicit profiles (tests, evaluation of a freshly trained model). */
export function detectLanguageWithProfiles(
  text: string,
  profiles: LanguageProfiles,
): DetectionResult {
  const { script, languageScores } = scoreText(text, profiles);
  if (languageScores === undefined) {
    return { language: "und", script, confidence: 0, candidates: [] };
  }
  const ranked = rankCandidates(languageScores, profiles.confidenceScale);
  const candidates = ranked.slice(0, candidateCount);
  const best = candidates[0] ?? { language: "und", confidence: 0 };
  return { language: best.language, script, confidence: best.confidence, candidates };
}

/** What the detector answers for a text whose letters already settle its language. */
function plainAnswer(language: string, script: "Cyrl" | "Latn"): DetectionResult {
  return { language, script, confidence: 1, candidates: [{ language, confidence: 1 }] };
}

/**
 * Detects the language and script of `text` ("und" with confidence 0 when it has no letters).
 * With `expectedLanguage` (the quality checks pass the target language), a Kazakh, Russian or
 * English text whose letters and function words plainly say so is answered without the
 * n-gram model, with confidence 1; any other text gets the model's answer, as without it.
 */
export function detectLanguage(text: string, expectedLanguage?: string): DetectionResult {
  const plain = expectedLanguage === "kk" || expectedLanguage === "ru" ? expectedLanguage : null;
  if (plain !== null && isPlainCyrillicLanguage(text, plain)) return plainAnswer(plain, "Cyrl");
  if (expectedLanguage === "en" && isPlainEnglish(text)) return plainAnswer("en", "Latn");
  return detectLanguageWithProfiles(text, builtInLanguageProfiles());
}
