import type { ArticleDocument } from "../article/article-document";
import type { TargetLanguage } from "../languages/languages";
import { allUnitIds } from "../prompt/unit-text";
import { estimateUnitOutputTokens } from "./estimate-tokens";

/** More segments than this is not an article; it is refused before any model call. */
export const maxSegmentsPerArticle = 2_000;

export type LimitProblem =
  | { readonly kind: "too_many_segments"; readonly segments: number; readonly limit: number }
  | {
      readonly kind: "segment_too_long";
      readonly segment: number | "title";
      readonly expectedTokens: number;
      readonly limit: number;
    };

/**
 * What would make an article fail only after paying for model calls: too many segments, or
 * a single segment whose translation cannot fit in one answer (segments are never cut).
 */
export function findLimitProblem(
  document: ArticleDocument,
  languages: readonly TargetLanguage[],
  maxOutputTokens: number,
): LimitProblem | null {
  const segments = document.segments.length;
  if (segments > maxSegmentsPerArticle)
    return { kind: "too_many_segments", segments, limit: maxSegmentsPerArticle };
  for (const unitId of allUnitIds(document)) {
    const expectedTokens = Math.max(
      ...languages.map((language) => estimateUnitOutputTokens(document, unitId, language)),
    );
    if (expectedTokens > maxOutputTokens) {
      return {
        kind: "segment_too_long",
        segment: unitId === "title" ? "title" : unitId - 1,
        expectedTokens: Math.ceil(expectedTokens),
        limit: maxOutputTokens,
      };
    }
  }
  return null;
}
