import { restoreInlineMarkup } from "../article/protect-inline-markup";
import { isModelError } from "../model/model-error";
import { estimateUnitOutputTokens, maxOutputTokensFor } from "../plan/estimate-tokens";
import { splitTranslationJob } from "../plan/plan-translation-jobs";
import { jobPairs, type TranslationJob, type UnitId } from "../plan/translation-job";
import { buildTranslationMessages } from "../prompt/build-translation-messages";
import {
  parseTranslationOutput,
  type TranslationsByLanguage,
} from "../prompt/parse-translation-output";
import { createSegmentStreamParser } from "../prompt/segment-stream-parser";
import { unitSegment, unitText } from "../prompt/unit-text";
import { callModel } from "./call-model";
import type { PipelineContext } from "./pipeline-context";

export interface TranslatedUnits {
  /** By language code, then unit. */
  readonly translations: TranslationsByLanguage;
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
    return await callTranslation(context, job, corrections);
  } catch (error) {
    const halves =
      isModelError(error) && error.kind === "truncated" ? splitTranslationJob(job) : null;
    if (!halves) throw error;
    const [first, second] = await Promise.all(
      halves.map((half) => runTranslationJob(context, half, corrections)),
    );
    return {
      ...(first as TranslatedUnits),
      translations: mergeTranslations([first?.translations, second?.translations]),
    };
  }
}

async function callTranslation(
  context: PipelineContext,
  job: TranslationJob,
  corrections: string,
): Promise<TranslatedUnits> {
  const codes = job.languages.map((language) => language.code);
  const unitIds = job.units.map((unit) => unit.id);
  const answer = await callModel(context, {
    messages: buildTranslationMessages(
      context.prompts,
      context.document,
      job,
      context.glossary.forCall(unitIds, codes),
      corrections,
      context.styleInstructions,
    ),
    maxOutputTokens: maxOutputTokensFor(expectedOutput(context, job), context.maxOutputTokens),
    parse: (text) =>
      parseTranslationOutput(text, {
        units: job.units.map((unit) => ({
          ...unit,
          sourceText: unitText(context.document, unit.id),
        })),
      }),
    ...(context.progress ? { createTextListener: () => segmentListener(context, job) } : {}),
  });
  return { translations: answer.parsed, provider: answer.provider, modelId: answer.modelId };
}

/** The translations of several calls, merged language by language. */
function mergeTranslations(
  parts: ReadonlyArray<TranslationsByLanguage | undefined>,
): Map<string, Map<UnitId, string>> {
  const merged = new Map<string, Map<UnitId, string>>();
  for (const part of parts) {
    for (const [code, texts] of part ?? []) {
      const target = merged.get(code) ?? new Map<UnitId, string>();
      for (const [unitId, text] of texts) target.set(unitId, text);
      merged.set(code, target);
    }
  }
  return merged;
}

function expectedOutput(context: PipelineContext, job: TranslationJob): number {
  return jobPairs(job).reduce<number>(
    (sum, pair) => sum + estimateUnitOutputTokens(context.document, pair.unitId, pair.language),
    16,
  );
}

function segmentListener(context: PipelineContext, job: TranslationJob): (delta: string) => void {
  const onlyCode = job.languages.length === 1 ? job.languages[0]?.code : undefined;
  return createSegmentStreamParser((unitId, languageCode, text) => {
    const code = languageCode ?? onlyCode;
    const unit = job.units.find((candidate) => candidate.id === unitId);
    if (!code || !unit?.languageCodes.includes(code)) return;
    context.progress?.segment({
      language: code,
      index: unitId === "title" ? "title" : unitId - 1,
      text: restoreInlineMarkup(text, unitSegment(context.document, unitId)?.protectedParts ?? []),
    });
  });
}
