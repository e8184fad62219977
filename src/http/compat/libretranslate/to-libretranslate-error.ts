import { classifyFailure, type FailureKind } from "../shared/classify-failure";
import { CompatRequestError, type CompatRequestProblem } from "../shared/compat-request-error";
import { LibreTranslateError } from "./libretranslate-error";

const requestProblems: Readonly<Record<CompatRequestProblem, LibreTranslateError>> = {
  too_large: new LibreTranslateError(400, "Invalid request: request exceeds text limit"),
  malformed: new LibreTranslateError(400, "Invalid request: the body could not be parsed"),
  unsupported_media_type: new LibreTranslateError(400, "Invalid request: unsupported content type"),
  malformed_markup: new LibreTranslateError(400, "Invalid request: malformed HTML"),
};

/** LibreTranslate has no 503 or 504: whatever fails on the server side is a 500. */
const failures: Readonly<Record<FailureKind, LibreTranslateError>> = {
  rate_limited: new LibreTranslateError(429, "Too many requests, please slow down"),
  timeout: new LibreTranslateError(500, "Cannot translate text: the translation timed out"),
  unavailable: new LibreTranslateError(
    500,
    "Cannot translate text: the translation service is unavailable",
  ),
  provider_failed: new LibreTranslateError(500, "Cannot translate text: the translation failed"),
  not_configured: new LibreTranslateError(
    500,
    "Cannot translate text: no translation provider is configured",
  ),
  internal: new LibreTranslateError(500, "Internal server error"),
};

/** Anything thrown while serving a LibreTranslate-compatible request, as its error. */
export function toLibreTranslateError(error: unknown): LibreTranslateError {
  if (error instanceof LibreTranslateError) return error;
  if (error instanceof CompatRequestError)
    return withDetail(requestProblems[error.problem], error.detail);
  return failures[classifyFailure(error)];
}

function withDetail(error: LibreTranslateError, detail: string | undefined): LibreTranslateError {
  return detail === undefined
    ? error
    : new LibreTranslateError(error.status, `${error.message}: ${detail}`);
}
