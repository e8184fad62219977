import { reassembleBody, reassembleTitle } from "../article/reassemble-article";
import type { CachedTranslation } from "../cache/cached-translation";
import type { TargetLanguage } from "../languages/languages";
import { planTranslationJobs } from "../plan/plan-translation-jobs";
import { runTranslationJob } from "./run-translation-job";
import type { TranslationContext } from "./translation-context";

/** Translates the article into one language: plan the calls, run them, put the article back together. */
export async function translateLanguage(
  context: TranslationContext,
  language: TargetLanguage,
  now: Date,
): Promise<CachedTranslation> {
  const jobs = planTranslationJobs(context.document, language, context);
  const outputs = await Promise.all(jobs.map((job) => runTranslationJob(context, job)));
  const translations = new Map(outputs.flatMap((output) => [...output.translations]));
  const summary = outputs.find((output) => output.summary.length > 0)?.summary ?? [];
  const segments = context.document.segments.map((_segment, index) => translations.get(index + 1) ?? "");
  const [first] = outputs;
  return {
    title: reassembleTitle(context.document, translations.get("title") ?? null),
    body: reassembleBody(context.document, segments),
    summary: context.summaryBullets > 0 ? [...summary] : null,
    provider: first?.provider ?? context.model.provider,
    model: first?.modelId ?? context.model.modelId,
    usage: {
      input_tokens: outputs.reduce((sum, output) => sum + output.inputTokens, 0),
      output_tokens: outputs.reduce((sum, output) => sum + output.outputTokens, 0),
    },
    created_at: now.toISOString(),
  };
}
