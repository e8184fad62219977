import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import { isModelError, ModelError, type ModelErrorKind } from "../../core/model/model-error";
import type { ModelCallContext } from "../model-call-context";
import { modelErrorKindForStatus } from "../model-error-kind-for-status";
import { parseRetryAfter } from "../parse-retry-after";
import { redactSecrets } from "../redact-secrets";

/** Maps anything the OpenAI SDK throws to a vendor-independent `ModelError`. */
export function mapOpenAiError(error: unknown, context: ModelCallContext): ModelError {
  if (isModelError(error)) {
    return error;
  }
  const apiError = error instanceof APIError ? error : undefined;
  return new ModelError(`${context.provider}: ${redactSecrets(errorText(error), context.apiKey)}`, {
    kind: openAiErrorKind(error),
    provider: context.provider,
    modelId: context.modelId,
    status: apiError?.status,
    retryAfterMs: parseRetryAfter(apiError?.headers),
    cause: error,
  });
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Order matters: the abort and connection errors are subclasses of `APIError`. */
function openAiErrorKind(error: unknown): ModelErrorKind {
  if (error instanceof APIUserAbortError || error instanceof APIConnectionTimeoutError) {
    return "timeout";
  }
  if (error instanceof APIConnectionError) {
    return "network";
  }
  if (error instanceof APIError) {
    return error.status === undefined
      ? streamedErrorKind(error)
      : modelErrorKindForStatus(error.status);
  }
  return "unknown";
}

/** An error event inside a 200 stream carries no status, only the body's type and code. */
function streamedErrorKind(error: APIError): ModelErrorKind {
  if (error.code === "rate_limit_exceeded") {
    return "rate_limited";
  }
  if (error.type === "server_error") {
    return "overloaded";
  }
  return "unknown";
}
