import { assessSourceLanguage } from "../shared/assess-source-language";
import { LibreTranslateError } from "./libretranslate-error";

export interface DetectedLanguage {
  /** 0–100, as LibreTranslate reports it. */
  readonly confidence: number;
  readonly language: string;
}

/** For `source: "auto"`: French with the detector's confidence, or 400 for another language. */
export function detectLibreTranslateSource(
  texts: readonly string[],
  format: "text" | "html",
): DetectedLanguage {
  const assessment = assessSourceLanguage(texts, format);
  if (assessment.verdict === "foreign") {
    const detected = assessment.detection.language;
    throw new LibreTranslateError(
      400,
      `${detected} (detected) is not supported as a source language`,
    );
  }
  return { confidence: toPercent(assessment.frenchConfidence), language: "fr" };
}

export function toPercent(confidence: number): number {
  return Math.round(confidence * 1_000) / 10;
}
