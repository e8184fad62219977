import { characterClass, classesOfCodePoint } from "../text/character-classes";
import type { DetectionResult } from "./detection-result";

/** The detector reads this much of a text; the article is judged on up to three such samples. */
const sampleCharacters = 1000;
const maximumSamples = 3;
/** A sample with fewer letters says too little to refuse an article on. */
const minimumLetters = 100;
const refusalConfidence = 0.9;

/** Start, middle and end of the text (fewer samples when it is short). */
function samplesOf(text: string): string[] {
  const count = Math.min(maximumSamples, Math.ceil(text.length / sampleCharacters));
  const starts =
    count <= 1
      ? [0]
      : Array.from({ length: count }, (_, index) =>
          Math.floor((index * (text.length - sampleCharacters)) / (count - 1)),
        );
  return starts.map((start) => text.slice(start, start + sampleCharacters));
}

function letterCount(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    if ((classesOfCodePoint(text.charCodeAt(index)) & characterClass.letter) !== 0) count += 1;
  }
  return count;
}

/**
 * What an article said to be in `expected` plainly reads as instead: every sample with enough
 * letters is detected, with high confidence, as one and the same other language. Undefined
 * when any sample reads as `expected`, when the detector is unsure, or when the text is too
 * short to tell: an article is refused only when there is no doubt.
 */
export function foreignSourceLanguage(
  text: string,
  expected: string,
  detectLanguage: (text: string) => DetectionResult,
): DetectionResult | undefined {
  const results = samplesOf(text)
    .filter((sample) => letterCount(sample) >= minimumLetters)
    .map((sample) => detectLanguage(sample));
  const [first] = results;
  if (first === undefined || first.language === expected) return undefined;
  const agreed = results.every(
    (result) => result.language === first.language && result.confidence >= refusalConfidence,
  );
  return agreed ? first : undefined;
}
