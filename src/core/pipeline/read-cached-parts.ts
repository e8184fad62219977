import type { Cache } from "../cache/cache";
import {
  type ArticleEntry,
  articleEntrySchema,
  noteEntrySchema,
  type SegmentEntry,
  type SummaryEntry,
  segmentEntrySchema,
  summaryEntrySchema,
} from "../cache/cache-entries";
import { articleKey, noteKey, segmentKey, summaryKey } from "../cache/cache-keys";
import { lookupFirst } from "../cache/lookup-first";
import type { TargetLanguage } from "../languages/languages";
import type { UnitId } from "../plan/translation-job";
import { allUnitIds, unitSegment } from "../prompt/unit-text";
import type { PipelineContext } from "./pipeline-context";

/** Whole articles already made, per language code: the fast path of a repeated request. */
export async function readCachedArticles(
  context: PipelineContext,
  cache: Cache,
  languages: readonly TargetLanguage[],
): Promise<Map<string, ArticleEntry>> {
  const candidates = new Map<string, string[]>();
  for (const { code } of languages) {
    const parts = {
      documentHash: context.documentHash,
      languageCode: code,
      summaryBullets: context.summaryBullets,
      glossary: context.glossary.forArticle(code),
      review: context.review,
    };
    candidates.set(
      code,
      await Promise.all(context.stamps.map((stamp) => articleKey(stamp, parts))),
    );
  }
  return lookupFirst(cache, candidates, articleEntrySchema);
}

export interface CachedParts {
  readonly segments: Map<string, Map<UnitId, SegmentEntry>>;
  readonly summaries: Map<string, SummaryEntry>;
  readonly notes: Map<UnitId, string>;
}

/** The segments, summaries and notes already made, for the languages that missed whole. */
export async function readCachedParts(
  context: PipelineContext,
  cache: Cache,
  languages: readonly TargetLanguage[],
): Promise<CachedParts> {
  const [segmentHits, summaries, notes] = await Promise.all([
    lookupFirst(cache, await segmentCandidates(context, languages), segmentEntrySchema),
    context.summaryBullets > 0
      ? lookupFirst(cache, await summaryCandidates(context, languages), summaryEntrySchema)
      : new Map<string, SummaryEntry>(),
    context.summaryBullets > 0
      ? lookupFirst(cache, await noteCandidates(context), noteEntrySchema)
      : new Map<UnitId, { note: string }>(),
  ]);
  const segments = new Map(languages.map(({ code }) => [code, new Map<UnitId, SegmentEntry>()]));
  for (const [item, entry] of segmentHits) {
    const [code = "", unit = ""] = item.split("\u0000");
    segments.get(code)?.set(unit === "title" ? "title" : Number(unit), entry);
  }
  return {
    segments,
    summaries,
    notes: new Map([...notes].map(([unitId, entry]) => [unitId, entry.note])),
  };
}

async function segmentCandidates(context: PipelineContext, languages: readonly TargetLanguage[]) {
  const candidates = new Map<string, string[]>();
  for (const { code } of languages) {
    for (const unitId of allUnitIds(context.document)) {
      const segment = unitSegment(context.document, unitId);
      if (!segment) continue;
      const parts = {
        segment,
        languageCode: code,
        glossary: context.glossary.forUnits([unitId], code),
      };
      candidates.set(
        `${code}\u0000${unitId}`,
        await Promise.all(context.stamps.map((stamp) => segmentKey(stamp, parts))),
      );
    }
  }
  return candidates;
}

async function summaryCandidates(context: PipelineContext, languages: readonly TargetLanguage[]) {
  const candidates = new Map<string, string[]>();
  for (const { code } of languages) {
    const parts = {
      documentHash: context.documentHash,
      languageCode: code,
      bullets: context.summaryBullets,
      glossary: context.glossary.forArticle(code),
    };
    candidates.set(
      code,
      await Promise.all(context.stamps.map((stamp) => summaryKey(stamp, parts))),
    );
  }
  return candidates;
}

async function noteCandidates(context: PipelineContext) {
  const candidates = new Map<UnitId, string[]>();
  for (const unitId of allUnitIds(context.document)) {
    const segment = unitSegment(context.document, unitId);
    if (segment)
      candidates.set(
        unitId,
        await Promise.all(context.stamps.map((stamp) => noteKey(stamp, segment))),
      );
  }
  return candidates;
}
