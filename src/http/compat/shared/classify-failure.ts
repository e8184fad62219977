import { isModelError, type ModelError } from "../../../core/model/model-error";
import { AppError } from "../../errors/app-error";

/** What went wrong while translating, in terms both compatible APIs can word their own way. */
export type FailureKind =
  | "rate_limited"
  | "timeout"
  | "unavailable"
  | "provider_failed"
  | "not_configured"
  | "internal";

/** Classifies anything thrown by the core or the providers. */
export function classifyFailure(error: unknown): FailureKind {
  if (isModelError(error)) return classifyModelError(error);
  if (error instanceof AppError) return classifyAppError(error);
  return "internal";
}

function classifyModelError(error: ModelError): FailureKind {
  switch (error.kind) {
    case "rate_limited":
      return "rate_limited";
    case "timeout":
    case "request_timeout":
      return "timeout";
    case "overloaded":
    case "network":
    case "conflict":
      return "unavailable";
    default:
      return "provider_failed";
  }
}

function classifyAppError(error: AppError): FailureKind {
  if (error.code === "provider_not_configured") return "not_configured";
  if (error.code === "provider_timeout") return "timeout";
  if (error.code === "provider_error" || error.code === "provider_output_truncated") {
    return "provider_failed";
  }
  return "internal";
}
