import { ModelError } from "../core/model/model-error";

/**
 * The error for a call whose `AbortSignal` fired: our timeout or a departed client.
 * Needed because both SDKs end a stream silently, without throwing, when it is aborted.
 */
export function abortedCallError(provider: string, modelId: string, cause?: unknown): ModelError {
  return new ModelError(`${provider} call to ${modelId} was aborted`, {
    kind: "timeout",
    provider,
    modelId,
    cause,
  });
}
