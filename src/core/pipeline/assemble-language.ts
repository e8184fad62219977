import { reassembleBody, reassembleTitle } from "../article/reassemble-article";
import type { UnitId } from "../plan/translation-job";
import type { PipelineContext } from "./pipeline-context";
import type { ReviewedLanguage } from "./review-language";
import type { LanguageResult } from "./translate-article";

/** Puts the checked segments back into the article, with the summary and the report. */
export function assembleLanguage(
  context: PipelineContext,
  parts: {
    readonly reviewed: ReviewedLanguage;
    readonly origin: { readonly provider: string; readonly modelId: string };
    readonly bullets: readonly string[] | null;
    readonly segmentsHit: number;
    readonly createdAt: Date;
  },
): LanguageResult {
  const { document } = context;
  const texts: ReadonlyMap<UnitId, string> = parts.reviewed.texts;
  const units = document.segments.length + (document.title ? 1 : 0);
  return {
    title: reassembleTitle(document, texts.get("title") ?? null),
    body: reassembleBody(
      document,
      document.segments.map((_segment, index) => texts.get(index + 1) ?? ""),
    ),
    summary: context.summaryBullets > 0 ? [...(parts.bullets ?? [])] : null,
    provider: parts.origin.provider,
    model: parts.origin.modelId,
    created_at: parts.createdAt.toISOString(),
    qa: parts.reviewed.qa,
    cache: parts.segmentsHit === 0 ? "miss" : "partial",
    segmentsHit: parts.segmentsHit,
    segmentsMissed: units - parts.segmentsHit,
  };
}
