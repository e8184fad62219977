import { isModelError } from "../model/model-error";
import { estimateSummaryOutputTokens, maxOutputTokensFor } from "../plan/estimate-tokens";
import type { SummaryJob, UnitId } from "../plan/translation-job";
import { buildSummaryMessages } from "../prompt/build-summary-messages";
import { type ParsedSummary, parseSummaryOutput } from "../prompt/parse-summary-output";
import { callModel } from "./call-model";
import type { PipelineContext } from "./pipeline-context";

export interface SummaryOutput extends ParsedSummary {
  readonly provider: string;
  readonly modelId: string;
}

/** The summary call; cut off by the output limit, it is split by language. */
export async function runSummaryJob(
  context: PipelineContext,
  job: SummaryJob,
  notes: ReadonlyMap<UnitId, string>,
): Promise<SummaryOutput> {
  try {
    const codes = job.languages.map((language) => language.code);
    const answer = await callModel(context, {
      messages: buildSummaryMessages(context.prompts, context.document, job, {
        notes,
        glossaryInstructions: context.glossary.forSummary(codes),
      }),
      maxOutputTokens: maxOutputTokensFor(
        estimateSummaryOutputTokens(job),
        context.maxOutputTokens,
      ),
      parse: (text) => parseSummaryOutput(text, job),
    });
    return { ...answer.parsed, provider: answer.provider, modelId: answer.modelId };
  } catch (error) {
    if (!isModelError(error) || error.kind !== "truncated" || job.languages.length < 2) throw error;
    const [first, ...rest] = job.languages;
    const parts = await Promise.all([
      runSummaryJob(context, { ...job, languages: first ? [first] : [] }, notes),
      runSummaryJob(context, { ...job, languages: rest, noteIds: [] }, notes),
    ]);
    return {
      ...parts[0],
      bullets: new Map([...parts[0].bullets, ...parts[1].bullets]),
    };
  }
}
