import type { ArticleDocument } from "../article/article-document";
import type { TargetLanguage } from "../languages/languages";
import { unitText } from "../prompt/unit-text";
import type { UnitId } from "./translation-job";

/** Expected output tokens of one unit's translation. */
export function estimateUnitOutputTokens(
  document: ArticleDocument,
  unitId: UnitId,
  language: TargetLanguage,
): number {
  return unitText(document, unitId).length * language.outputTokensPerSourceCharacter + 4;
}

/** Room for an answer: the expected length with a wide margin (reasoning models think first). */
export function maxOutputTokensFor(expectedTokens: number, ceiling: number): number {
  return Math.min(ceiling, Math.ceil(expectedTokens * 2) + 1024);
}
