/**
 * Naive Bayes scores: for each language of a script, the sum of the log-probabilities of the
 * text's n-grams that are in that script's vocabulary (the others carry no evidence). They
 * are computed by `scoreScriptText`; this module ranks them.
 */
import type { LanguageCandidate } from "./detection-result";

export interface LanguageScores {
  readonly languages: readonly string[];
  /** Log-likelihood per entry of `languages`. */
  readonly scores: readonly number[];
  /** How many n-gram occurrences were found in the vocabulary. */
  readonly knownNgramCount: number;
}

/** Softmax of the scores times `scale`: candidates with confidences, best first. */
export function rankCandidates(languageScores: LanguageScores, scale: number): LanguageCandidate[] {
  const best = Math.max(...languageScores.scores);
  const weights = languageScores.scores.map((score) => Math.exp(scale * (score - best)));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const candidates = languageScores.languages.map((language, index) => ({
    language,
    confidence: (weights[index] ?? 0) / total,
  }));
  return candidates.sort((first, second) => second.confidence - first.confidence);
}
