import { reassembleBody, reassembleTitle } from "../article/reassemble-article";
import type { SegmentEntry } from "../cache/cache-entries";
import type { UnitId } from "../plan/translation-job";
import type { PipelineContext } from "./pipeline-context";
import type { TranslatedUnits } from "./run-translation-job";
import type { LanguageResult } from "./translate-article";

/** Puts cached and fresh segments back into the article, with the summary. */
export function assembleLanguage(
  context: PipelineContext,
  parts: {
    readonly cached: ReadonlyMap<UnitId, SegmentEntry>;
    readonly fresh: readonly TranslatedUnits[];
    readonly bullets: readonly string[] | null;
    readonly createdAt: Date;
  },
): LanguageResult {
  const texts = new Map<UnitId, string>([...parts.cached].map(([unitId, entry]) => [unitId, entry.text]));
  for (const output of parts.fresh) for (const [unitId, text] of output.translations) texts.set(unitId, text);
  const { document } = context;
  const origin = parts.fresh[0] ?? firstCached(parts.cached) ?? { provider: context.model.provider, modelId: context.model.modelId };
  const segmentsMissed = parts.fresh.reduce((sum, output) => sum + output.translations.size, 0);
  return {
    title: reassembleTitle(document, texts.get("title") ?? null),
    body: reassembleBody(document, document.segments.map((_segment, index) => texts.get(index + 1) ?? "")),
    summary: context.summaryBullets > 0 ? [...(parts.bullets ?? [])] : null,
    provider: origin.provider,
    model: origin.modelId,
    created_at: parts.createdAt.toISOString(),
    cache: parts.cached.size === 0 && segmentsMissed > 0 ? "miss" : "partial",
    segmentsHit: parts.cached.size,
    segmentsMissed,
  };
}

function firstCached(cached: ReadonlyMap<UnitId, SegmentEntry>) {
  const [first] = cached.values();
  return first ? { provider: first.provider, modelId: first.model } : undefined;
}
