import type { ArticleDocument } from "../article/article-document";
import type { TargetLanguage } from "../languages/languages";
import { unitText } from "../prompt/unit-text";
import type { SummaryJob, UnitId } from "./translation-job";

/** Tokens of a line's `[[id xx]] ` marker and its line break. */
const markerTokens = 7;

/** Expected output tokens of one unit's translation. */
export function estimateUnitOutputTokens(
  document: ArticleDocument,
  unitId: UnitId,
  language: TargetLanguage,
): number {
  return unitText(document, unitId).length * language.outputTokensPerSourceCharacter + markerTokens;
}

/** Tokens of an English note (at most 8 words, with its marker), and a bullet's length. */
const noteTokens = 16;
const bulletSourceCharacters = 90;

/** Expected output of a summary call: its notes, then each language's bullets. */
export function estimateSummaryOutputTokens(job: SummaryJob): number {
  const bullets = job.languages.reduce(
    (sum, language) =>
      sum + job.bullets * bulletSourceCharacters * language.outputTokensPerSourceCharacter,
    0,
  );
  return job.noteIds.length * noteTokens + bullets + 8;
}

/** Room for an answer: the expected length with a wide margin (reasoning models think first). */
export function maxOutputTokensFor(expectedTokens: number, ceiling: number): number {
  return Math.min(ceiling, Math.ceil(expectedTokens * 2) + 1024);
}
