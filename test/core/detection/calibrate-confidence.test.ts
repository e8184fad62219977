import { describe, expect, it } from "vitest";
import {
  type CalibrationSample,
  calibrateConfidenceScale,
  confidenceScaleGrid,
} from "../../../src/core/detection/calibrate-confidence";

function sample(language: string, kazakhScore: number, russianScore: number): CalibrationSample {
  return {
    language,
    languageScores: {
      languages: ["kk", "ru"],
      scores: [kazakhScore, russianScore],
      knownNgramCount: 10,
    },
  };
}

describe("calibrateConfidenceScale", () => {
  it("sharpens as far as the grid goes when the best score is always right", () => {
    const samples = [sample("kk", -10, -40), sample("ru", -50, -12)];
    expect(calibrateConfidenceScale(samples)).toBe(confidenceScaleGrid.at(-1));
  });

  it("softens when the best score is often wrong", () => {
    const samples = [
      sample("kk", -10, -40),
      sample("ru", -10, -40),
      sample("kk", -40, -10),
      sample("kk", -10, -40),
    ];
    const scale = calibrateConfidenceScale(samples);
    expect(scale).toBeLessThan(0.1);
    expect(scale).toBeGreaterThanOrEqual(confidenceScaleGrid[0] ?? 0);
  });
});
