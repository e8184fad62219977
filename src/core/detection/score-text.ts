/**
 * Scores a text against the profiles: finds its main script, keeps the words of that script
 * and lets only the languages written in it compete.
 */
import type { LanguageProfiles } from "./language-profile-format";
import type { LanguageScores } from "./score-languages";
import { scoreScriptText } from "./score-script-text";
import { dominantScript, type ScriptCode } from "./writing-script";

/** Longer texts are judged on their start: plenty for certainty, bounded CPU (articles). */
export const maxAnalysedCharacters = 1000;

export interface ScoredText {
  readonly script: ScriptCode;
  /** Undefined when the script has no profiled language or no n-gram was recognised. */
  readonly languageScores: LanguageScores | undefined;
}

export function scoreText(text: string, profiles: LanguageProfiles): ScoredText {
  const sample = text.slice(0, maxAnalysedCharacters);
  const script = dominantScript(sample);
  if (script !== "Latn" && script !== "Cyrl") return { script, languageScores: undefined };
  const languageScores = scoreScriptText(profiles, script, sample);
  if (languageScores.knownNgramCount === 0) return { script, languageScores: undefined };
  return { script, languageScores };
}
