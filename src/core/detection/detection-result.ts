/** One language the detector considered, with its share of the confidence. */
export interface LanguageCandidate {
  /** ISO 639-1 code ("kk"), or "und" when nothing could be told. */
  readonly language: string;
  /** 0–1; the candidates of one result add up to at most 1. */
  readonly confidence: number;
}

/** What `detectLanguage` found. */
export interface DetectionResult {
  /** ISO 639-1 code of the best candidate, "und" when the text has no letters we can read. */
  readonly language: string;
  /** ISO 15924 code of the text's main script: "Latn", "Cyrl", …, "Zyyy" when no letters. */
  readonly script: string;
  /** 0–1: the probability of the best candidate, calibrated on held-out NTREX sentences. */
  readonly confidence: number;
  /** Up to three candidates, best first. Empty for "und". */
  readonly candidates: readonly LanguageCandidate[];
}
