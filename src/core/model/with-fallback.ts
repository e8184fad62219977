import type { GenerateRequest, GenerateResult, LanguageModel } from "./language-model";
import { isModelError } from "./model-error";

/**
 * Tries each model in order; moves to the next when one fails for a reason another
 * provider might not share (not for a truncated answer, which the planner handles).
 */
export function withFallback(models: readonly LanguageModel[]): LanguageModel {
  const [first] = models;
  if (!first) throw new Error("withFallback needs at least one model");
  const generate = async (request: GenerateRequest): Promise<GenerateResult> => {
    let lastError: unknown;
    for (const model of models) {
      try {
        return await model.generate(model === first ? request : withoutModelOverride(request));
      } catch (error) {
        if (isModelError(error) && error.kind === "truncated") throw error;
        if (request.signal?.aborted) throw error;
        lastError = error;
      }
    }
    throw lastError;
  };
  return { provider: first.provider, modelId: first.modelId, generate };
}

/** A model id chosen for the first provider means nothing to the next one. */
function withoutModelOverride(request: GenerateRequest): GenerateRequest {
  const { modelId: _modelId, ...rest } = request;
  return rest;
}
