import { classifyFailure, type FailureKind } from "../shared/classify-failure";
import { CompatRequestError, type CompatRequestProblem } from "../shared/compat-request-error";
import { DeepLError } from "./deepl-error";

const requestProblems: Readonly<Record<CompatRequestProblem, DeepLError>> = {
  too_large: new DeepLError(413, "Request Entity Too Large"),
  malformed: new DeepLError(400, "Invalid request: the body could not be parsed."),
  unsupported_media_type: new DeepLError(400, "Invalid request: unsupported content type."),
  malformed_markup: new DeepLError(400, "Tag handling parsing failed, please check input."),
};

const failures: Readonly<Record<FailureKind, DeepLError>> = {
  rate_limited: new DeepLError(429, "Too many requests. Please wait and resend your request."),
  timeout: new DeepLError(504, "Gateway Timeout"),
  unavailable: new DeepLError(503, "Service temporarily unavailable. Please try again later."),
  provider_failed: new DeepLError(500, "Internal Server Error"),
  not_configured: new DeepLError(503, "No translation provider is configured."),
  internal: new DeepLError(500, "Internal Server Error"),
};

/** Anything thrown while serving a DeepL-compatible request, as the error DeepL would send. */
export function toDeepLError(error: unknown): DeepLError {
  if (error instanceof DeepLError) return error;
  if (error instanceof CompatRequestError)
    return withDetail(requestProblems[error.problem], error.detail);
  return failures[classifyFailure(error)];
}

function withDetail(error: DeepLError, detail: string | undefined): DeepLError {
  return detail === undefined ? error : new DeepLError(error.status, `${error.message} ${detail}`);
}
