/**
 * Naive Bayes scores: for each language of a script, the sum of the log-probabilities of the
 * text's n-grams that are in that script's vocabulary (the others carry no evidence).
 */
import { forEachCharacterNgram } from "./character-ngrams";
import type { LanguageCandidate } from "./detection-result";
import { type LanguageProfiles, levelAt, type ProfiledScript } from "./language-profile-format";

export interface LanguageScores {
  readonly languages: readonly string[];
  /** Log-likelihood per entry of `languages`. */
  readonly scores: readonly number[];
  /** How many n-gram occurrences were found in the vocabulary. */
  readonly knownNgramCount: number;
}

/** Scores `words` (written in `script`) for the languages of that script. */
export function scoreLanguages(
  profiles: LanguageProfiles,
  script: ProfiledScript,
  words: readonly string[],
): LanguageScores {
  const { languages, weightsByNgram } = profiles.scripts[script];
  const levelSums = languages.map(() => 0);
  let knownNgramCount = 0;
  forEachCharacterNgram(words, (ngram) => {
    const weights = weightsByNgram[ngram];
    if (weights === undefined) return;
    knownNgramCount++;
    for (let index = 0; index < levelSums.length; index++) {
      levelSums[index] = (levelSums[index] ?? 0) + levelAt(weights, index);
    }
  });
  const { weightOffset, weightStep } = profiles;
  const scores = levelSums.map((sum) => knownNgramCount * weightOffset - sum * weightStep);
  return { languages, scores, knownNgramCount };
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
