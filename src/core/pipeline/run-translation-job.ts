import { restoreInlineMarkup } from "../article/protect-inline-markup";
import { isModelError } from "../model/model-error";
import { estimateUnitOutputTokens, maxOutputTokensFor } from "../plan/estimate-tokens";
import { splitTranslationJob } from "../plan/plan-translation-jobs";
import type { TranslationJob, UnitId } from "../plan/translation-job";
import { buildTranslationMessages } from "../prompt/build-translation-messages";
import { parseTranslationOutput } from "../prompt/parse-translation-output";
import { createSegmentStreamParser } from "../prompt/segment-stream-parser";
import { unitSegment, unitText } from "../prompt/unit-text";
import { callModel } from "./call-model";
import type { PipelineContext } from "./pipeline-context";

export interface TranslatedUnits {
  readonly translations: ReadonlyMap<UnitId, string>;
  readonly provider: string;
  readonly modelId: string;
}

/** One translation call; an answer cut off by the output limit is split in two and asked again. */
export async function runTranslationJob(
  context: PipelineContext,
  job: TranslationJob,
  corrections = "",
): Promise<TranslatedUnits> {
  try {
    const glossary = context.glossary.forUnits(job.unitIds, job.language.code);
    const answer = await callModel(context, {
      messages: buildTranslationMessages(
        context.prompts,
        context.document,
        job,
        glossary,
        corrections,
        context.styleInstructions,
      ),
      maxOutputTokens: maxOutputTokensFor(expectedOutput(context, job), context.maxOutputTokens),
      parse: (text) =>
        parseTranslationOutput(text, {
          units: job.unitIds.map((id) => ({ id, sourceText: unitText(context.document, id) })),
        }),
      ...(context.progress ? { createTextListener: () => segmentListener(context, job) } : {}),
    });
    return { translations: answer.parsed, provider: answer.provider, modelId: answer.modelId };
  } catch (error) {
    const halves =
      isModelError(error) && error.kind === "truncated" ? splitTranslationJob(job) : null;
    if (!halves) throw error;
    const [first, second] = await Promise.all(
      halves.map((half) => runTranslationJob(context, half, corrections)),
    );
    return {
      ...(first as TranslatedUnits),
      translations: new Map([...(first?.translations ?? []), ...(second?.translations ?? [])]),
    };
  }
}

function expectedOutput(context: PipelineContext, job: TranslationJob): number {
  return job.unitIds.reduce<number>(
    (sum, id) => sum + estimateUnitOutputTokens(context.document, id, job.language),
    16,
  );
}

function segmentListener(context: PipelineContext, job: TranslationJob): (delta: string) => void {
  return createSegmentStreamParser((unitId, text) => {
    context.progress?.segment({
      language: job.language.code,
      index: unitId === "title" ? "title" : unitId - 1,
      text: restoreInlineMarkup(text, unitSegment(context.document, unitId)?.protectedParts ?? []),
    });
  });
}
