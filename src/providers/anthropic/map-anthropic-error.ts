import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from "@anthropic-ai/sdk";
import { isModelError, ModelError, type ModelErrorKind } from "../../core/model/model-error";
import type { ModelCallContext } from "../model-call-context";
import { modelErrorKindForStatus } from "../model-error-kind-for-status";
import { parseRetryAfter } from "../parse-retry-after";
import { redactSecrets } from "../redact-secrets";

/** Error `type`s of the Messages API, for error events inside a 200 stream (no status there). */
const kindByErrorType: ReadonlyMap<string, ModelErrorKind> = new Map([
  ["rate_limit_error", "rate_limited"],
  ["overloaded_error", "overloaded"],
  ["api_error", "overloaded"],
  ["timeout_error", "overloaded"],
  ["conflict_error", "conflict"],
  ["authentication_error", "authentication"],
  ["permission_error", "authentication"],
  ["invalid_request_error", "bad_request"],
  ["not_found_error", "bad_request"],
  ["billing_error", "bad_request"],
]);

/** Maps anything the Anthropic SDK throws to a vendor-independent `ModelError`. */
export function mapAnthropicError(error: unknown, context: ModelCallContext): ModelError {
  if (isModelError(error)) {
    return error;
  }
  const apiError = error instanceof APIError ? error : undefined;
  return new ModelError(`${context.provider}: ${redactSecrets(errorText(error), context.apiKey)}`, {
    kind: anthropicErrorKind(error),
    provider: context.provider,
    modelId: context.modelId,
    status: apiError?.status,
    retryAfterMs: parseRetryAfter(apiError?.headers),
    cause: error,
  });
}

/** Prefers the body's own message over the SDK's JSON dump of the whole body. */
function errorText(error: unknown): string {
  if (error instanceof APIError && error.apiMessage !== null) {
    return error.status === undefined ? error.apiMessage : `${error.status} ${error.apiMessage}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Order matters: the abort and connection errors are subclasses of `APIError`. */
function anthropicErrorKind(error: unknown): ModelErrorKind {
  if (error instanceof APIUserAbortError || error instanceof APIConnectionTimeoutError) {
    return "timeout";
  }
  if (error instanceof APIConnectionError) {
    return "network";
  }
  if (error instanceof APIError) {
    return error.status === undefined
      ? (kindByErrorType.get(error.type ?? "") ?? "unknown")
      : modelErrorKindForStatus(error.status);
  }
  return "unknown";
}
