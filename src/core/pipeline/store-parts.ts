import type { ArticleEntry, NoteEntry, SegmentEntry, SummaryEntry } from "../cache/cache-entries";
import { articleKey, type ModelStamp, noteKey, segmentKey, summaryKey } from "../cache/cache-keys";
import type { UnitId } from "../plan/translation-job";
import { unitSegment } from "../prompt/unit-text";
import type { PipelineContext } from "./pipeline-context";
import type { SummaryOutput } from "./run-summary-job";
import type { TranslationDependencies } from "./translate-article";

/** One language's translations from one call. */
export interface LanguageOutput {
  readonly translations: ReadonlyMap<UnitId, string>;
  readonly provider: string;
  readonly modelId: string;
}

type Writer = Pick<TranslationDependencies, "cache" | "cacheTtlSeconds" | "runInBackground">;

function write(
  writer: Writer,
  key: Promise<string>,
  value: SegmentEntry | NoteEntry | SummaryEntry | ArticleEntry,
): void {
  const ttlSeconds = writer.cacheTtlSeconds;
  writer.runInBackground(key.then((resolved) => writer.cache.put(resolved, value, { ttlSeconds })));
}

function stampOf(
  context: PipelineContext,
  answer: { provider: string; modelId: string },
): ModelStamp {
  return {
    provider: answer.provider,
    modelId: answer.modelId,
    promptVersion: context.promptVersion,
    style: context.styleInstructions,
  };
}

/**
 * Fresh segments under the provider that wrote them. One that kept a blocking issue is stored
 * marked as such, never as clean: reused later, it is checked (and repaired) again.
 */
export function storeSegments(
  context: PipelineContext,
  writer: Writer,
  languageCode: string,
  output: LanguageOutput,
  blockedUnits: ReadonlySet<UnitId>,
): void {
  const stamp = stampOf(context, output);
  for (const [unitId, text] of output.translations) {
    const segment = unitSegment(context.document, unitId);
    if (!segment) continue;
    const glossary = context.glossary.forUnits([unitId], languageCode);
    write(writer, segmentKey(stamp, { segment, languageCode, glossary }), {
      text,
      provider: output.provider,
      model: output.modelId,
      qa_blocked: blockedUnits.has(unitId),
    });
  }
}

export function storeSummary(
  context: PipelineContext,
  writer: Writer,
  output: SummaryOutput,
): void {
  const stamp = stampOf(context, output);
  for (const [unitId, note] of output.notes) {
    const segment = unitSegment(context.document, unitId);
    if (segment) write(writer, noteKey(stamp, segment), { note });
  }
  for (const [languageCode, bullets] of output.bullets) {
    const parts = {
      documentHash: context.documentHash,
      languageCode,
      bullets: context.summaryBullets,
      glossary: context.glossary.forArticle(languageCode),
    };
    write(writer, summaryKey(stamp, parts), {
      bullets: [...bullets],
      provider: output.provider,
      model: output.modelId,
    });
  }
}

export function storeArticle(
  context: PipelineContext,
  writer: Writer,
  languageCode: string,
  entry: ArticleEntry,
): void {
  const parts = {
    documentHash: context.documentHash,
    languageCode,
    summaryBullets: context.summaryBullets,
    glossary: context.glossary.forArticle(languageCode),
    review: context.review,
  };
  const { title, body, summary, provider, model, created_at, qa } = entry;
  const key = articleKey(stampOf(context, { provider, modelId: model }), parts);
  write(writer, key, { title, body, summary, provider, model, created_at, qa });
}
