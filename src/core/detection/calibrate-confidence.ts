/**
 * Picks the `confidenceScale` of the softmax so that confidences match held-out accuracy:
 * the scale, among a fixed grid, with the lowest mean negative log-probability of the right
 * language over held-out samples (samples the profiles were not trained on).
 */
import { type LanguageScores, rankCandidates } from "./score-languages";

export interface CalibrationSample {
  readonly language: string;
  readonly languageScores: LanguageScores;
}

/** 0.01 to 1, about 10% apart. */
export const confidenceScaleGrid: readonly number[] = Array.from(
  { length: 49 },
  (_, step) => 0.01 * 1.1 ** step,
);

const probabilityFloor = 1e-6;

function meanNegativeLogProbability(samples: readonly CalibrationSample[], scale: number): number {
  let total = 0;
  for (const sample of samples) {
    const candidates = rankCandidates(sample.languageScores, scale);
    const right = candidates.find((candidate) => candidate.language === sample.language);
    total -= Math.log(Math.max(probabilityFloor, right?.confidence ?? 0));
  }
  return total / Math.max(1, samples.length);
}

/** The grid scale with the best held-out log-loss. */
export function calibrateConfidenceScale(samples: readonly CalibrationSample[]): number {
  let bestScale = confidenceScaleGrid[0] ?? 1;
  let bestLoss = Infinity;
  for (const scale of confidenceScaleGrid) {
    const loss = meanNegativeLogProbability(samples, scale);
    if (loss < bestLoss) [bestScale, bestLoss] = [scale, loss];
  }
  return bestScale;
}
