import type { GenerateRequest, LanguageModel } from "./language-model";

/** Counts every call and the tokens billed for one request, failed attempts included. */
export class UsageMeter {
  inputTokens = 0;
  outputTokens = 0;
  calls = 0;
}

export function withUsageMeter(model: LanguageModel, meter: UsageMeter): LanguageModel {
  const generate = async (request: GenerateRequest) => {
    meter.calls += 1;
    const result = await model.generate(request);
    meter.inputTokens += result.usage.inputTokens;
    meter.outputTokens += result.usage.outputTokens;
    return result;
  };
  return { provider: model.provider, modelId: model.modelId, generate };
}
