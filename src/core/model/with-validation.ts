import type { GenerateRequest, LanguageModel } from "./language-model";

/** Runs the request's own check on each answer, so a bad answer is retried like a failed call. */
export function withValidation(model: LanguageModel): LanguageModel {
  const generate = async (request: GenerateRequest) => {
    const result = await model.generate(request);
    request.validate?.(result);
    return result;
  };
  return { provider: model.provider, modelId: model.modelId, generate };
}
