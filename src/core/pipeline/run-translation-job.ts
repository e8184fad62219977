import type { GenerateResult } from "../model/language-model";
import { isModelError, ModelError } from "../model/model-error";
import { splitJob, estimateMaxOutputTokens } from "../plan/plan-translation-jobs";
import type { TranslationJob, UnitId } from "../plan/translation-job";
import { buildTranslationMessages, unitText } from "../prompt/build-translation-messages";
import {
  MalformedOutputError,
  type ParsedOutput,
  parseTranslationOutput,
} from "../prompt/parse-translation-output";
import { restoreInlineMarkup } from "../article/protect-inline-markup";
import { createSegmentStreamParser } from "../prompt/segment-stream-parser";
import type { TranslationContext } from "./translation-context";

export interface JobOutput {
  readonly translations: ReadonlyMap<UnitId, string>;
  readonly summary: readonly string[];
  readonly provider: string;
  readonly modelId: string;
  readonly inputTokens: number;
  readonly outputTokens: number;
}

/** One model call; an answer cut off by the output limit is split in two and asked again. */
export async function runTranslationJob(
  context: TranslationContext,
  job: TranslationJob,
): Promise<JobOutput> {
  try {
    return await callModel(context, job);
  } catch (error) {
    const halves = isModelError(error) && error.kind === "truncated" ? splitJob(job) : null;
    if (!halves) throw error;
    const [first, second] = await Promise.all(halves.map((half) => runTranslationJob(context, half)));
    return mergeOutputs(first as JobOutput, second as JobOutput);
  }
}

async function callModel(context: TranslationContext, job: TranslationJob): Promise<JobOutput> {
  const expected = {
    units: job.unitIds.map((id) => ({ id, sourceText: unitText(context.document, id) })),
    summaryBullets: job.summaryBullets,
  };
  let parsed: ParsedOutput | undefined;
  const validate = (result: GenerateResult) => {
    parsed = parseAnswer(result, expected);
  };
  const result = await context.limit(() =>
    context.model.generate({
      messages: buildTranslationMessages(
        context.prompts,
        context.document,
        job,
        context.glossaryInstructions.get(job.language.code),
      ),
      maxOutputTokens: estimateMaxOutputTokens(context.document, job, context.maxOutputTokens),
      validate,
      ...(context.progress ? { createTextListener: () => segmentListener(context, job) } : {}),
    }),
  );
  const output = parsed ?? parseAnswer(result, expected);
  return {
    ...output,
    provider: result.provider,
    modelId: result.modelId,
    inputTokens: result.usage.inputTokens,
    outputTokens: result.usage.outputTokens,
  };
}

function segmentListener(context: TranslationContext, job: TranslationJob): (delta: string) => void {
  const { document, progress } = context;
  return createSegmentStreamParser((unitId, text) => {
    const segment = unitId === "title" ? document.title : document.segments[unitId - 1];
    progress?.segment({
      language: job.language.code,
      index: unitId === "title" ? "title" : unitId - 1,
      text: restoreInlineMarkup(text, segment?.protectedParts ?? []),
    });
  });
}

function parseAnswer(
  result: GenerateResult,
  expected: Parameters<typeof parseTranslationOutput>[1],
): ParsedOutput {
  const origin = { provider: result.provider, modelId: result.modelId };
  if (result.finishReason === "length") {
    throw new ModelError("The answer was cut off by the output token limit", { kind: "truncated", ...origin });
  }
  if (result.finishReason === "content_filter") {
    throw new ModelError("The provider's content filter stopped the answer", { kind: "content_filter", ...origin });
  }
  try {
    return parseTranslationOutput(result.text, expected);
  } catch (error) {
    if (!(error instanceof MalformedOutputError)) throw error;
    throw new ModelError(error.message, { kind: "malformed_output", ...origin, cause: error });
  }
}

function mergeOutputs(first: JobOutput, second: JobOutput): JobOutput {
  return {
    translations: new Map([...first.translations, ...second.translations]),
    summary: first.summary.length > 0 ? first.summary : second.summary,
    provider: first.provider,
    modelId: first.modelId,
    inputTokens: first.inputTokens + second.inputTokens,
    outputTokens: first.outputTokens + second.outputTokens,
  };
}
