/**
 * Trains the language profiles: a multinomial naive Bayes model over character n-grams, one
 * table per script. A script's vocabulary is the union of its languages' most frequent
 * n-grams; each language gets a smoothed log-probability for every n-gram of it.
 * Pure computation, so the build script and the tests can both run it.
 */
import { countCharacterNgrams, wordsInScript } from "./character-ngrams";
import type { DetectionLanguage } from "./detection-languages";
import type { ProfiledScript, ScriptLogProbabilities } from "./language-profile-format";

export interface TrainingOptions {
  /** How many of each language's most frequent n-grams join its script's vocabulary. */
  readonly ngramsPerLanguage: number;
  /** Added to every count (Lidstone smoothing). */
  readonly smoothing: number;
}

export const defaultTrainingOptions: TrainingOptions = { ngramsPerLanguage: 1000, smoothing: 0.5 };

function countLanguage(language: DetectionLanguage, texts: readonly string[]): Map<string, number> {
  const words = texts.flatMap((text) => wordsInScript(text, language.script));
  return countCharacterNgrams(words);
}

function mostFrequent(counts: ReadonlyMap<string, number>, limit: number): string[] {
  const entries = [...counts].sort(([ngramA, countA], [ngramB, countB]) =>
    countB !== countA ? countB - countA : ngramA < ngramB ? -1 : 1,
  );
  return entries.slice(0, limit).map(([ngram]) => ngram);
}

function buildVocabulary(
  countsByLanguage: readonly ReadonlyMap<string, number>[],
  limit: number,
): string[] {
  const vocabulary = new Set<string>();
  for (const counts of countsByLanguage) {
    for (const ngram of mostFrequent(counts, limit)) vocabulary.add(ngram);
  }
  return [...vocabulary].sort();
}

function logProbabilities(
  counts: ReadonlyMap<string, number>,
  vocabulary: readonly string[],
  smoothing: number,
): number[] {
  const total = vocabulary.reduce((sum, ngram) => sum + (counts.get(ngram) ?? 0), 0);
  const denominator = Math.log(total + smoothing * vocabulary.length);
  return vocabulary.map((ngram) => Math.log((counts.get(ngram) ?? 0) + smoothing) - denominator);
}

function trainScript(
  languages: readonly DetectionLanguage[],
  textsByLanguage: ReadonlyMap<string, readonly string[]>,
  options: TrainingOptions,
): ScriptLogProbabilities {
  const countsByLanguage = languages.map((language) =>
    countLanguage(language, textsByLanguage.get(language.code) ?? []),
  );
  const vocabulary = buildVocabulary(countsByLanguage, options.ngramsPerLanguage);
  const columns = countsByLanguage.map((counts) =>
    logProbabilities(counts, vocabulary, options.smoothing),
  );
  const rows = vocabulary.map(
    (ngram, row) => [ngram, columns.map((column) => column[row] ?? 0)] as const,
  );
  return { languages: languages.map((language) => language.code), rows };
}

/** Trains the tables of both scripts from each language's texts (keyed by ISO 639-1 code). */
export function trainLanguageProfiles(
  languages: readonly DetectionLanguage[],
  textsByLanguage: ReadonlyMap<string, readonly string[]>,
  options: TrainingOptions = defaultTrainingOptions,
): Record<ProfiledScript, ScriptLogProbabilities> {
  const ofScript = (script: ProfiledScript) =>
    languages.filter((language) => language.script === script);
  return {
    Latn: trainScript(ofScript("Latn"), textsByLanguage, options),
    Cyrl: trainScript(ofScript("Cyrl"), textsByLanguage, options),
  };
}
