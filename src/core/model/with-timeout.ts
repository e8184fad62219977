import type { GenerateRequest, LanguageModel } from "./language-model";
import { ModelError } from "./model-error";

/** Gives each call its own deadline; the adapter sees an aborted signal and stops the request. */
export function withTimeout(model: LanguageModel, timeoutMs: number): LanguageModel {
  const generate = async (request: GenerateRequest) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new TimeoutSignal()), timeoutMs);
    const signal = request.signal
      ? AbortSignal.any([request.signal, controller.signal])
      : controller.signal;
    try {
      return await model.generate({ ...request, signal });
    } catch (error) {
      if (!controller.signal.aborted) throw error;
      throw new ModelError(`No answer within ${timeoutMs} ms`, {
        kind: "timeout",
        provider: model.provider,
        modelId: request.modelId ?? model.modelId,
        cause: error,
      });
    } finally {
      clearTimeout(timer);
    }
  };
  return { provider: model.provider, modelId: model.modelId, generate };
}

class TimeoutSignal extends Error {
  constructor() {
    super("timeout");
    this.name = "TimeoutError";
  }
}
