import { detectLanguage } from "../../../core/detection/detect-language";
import type { DetectionResult } from "../../../core/detection/detection-result";

/** Below this, a text is too short or too ambiguous to be refused for its language. */
const minimumConfidence = 0.9;
const minimumLetters = 10;
const sampleCharacters = 4_000;

export interface SourceAssessment {
  /** `foreign` only when the texts are confidently in a language other than French. */
  readonly verdict: "french" | "foreign";
  readonly detection: DetectionResult;
  /** 0–1: how sure the detector is that the texts are French. */
  readonly frenchConfidence: number;
}

/**
 * Checks that texts sent without a source language are French, the only source we accept.
 * Short or ambiguous texts (a name, "Bonjour") are given the benefit of the doubt.
 */
export function assessSourceLanguage(
  texts: readonly string[],
  format: "text" | "html",
): SourceAssessment {
  const joined = texts.join("\n");
  const sample = (format === "html" ? joined.replace(/<[^>]*>/g, " ") : joined).slice(
    0,
    sampleCharacters,
  );
  const detection = detectLanguage(sample);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const confident = detection.confidence >= minimumConfidence && letters >= minimumLetters;
  const foreign = confident && detection.language !== "fr" && detection.language !== "und";
  const french = detection.candidates.find((candidate) => candidate.language === "fr");
  return {
    verdict: foreign ? "foreign" : "french",
    detection,
    frenchConfidence: french?.confidence ?? 0,
  };
}
