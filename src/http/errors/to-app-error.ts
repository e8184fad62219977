import { HTTPException } from "hono/http-exception";
import { MalformedHtmlError } from "../../core/article/malformed-html-error";
import { isModelError, type ModelError } from "../../core/model/model-error";
import { AppError } from "./app-error";

/** Turns anything thrown while serving a request into the error the client should see. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof MalformedHtmlError)
    return new AppError("invalid_html", {}, { problems: error.problems });
  if (isModelError(error)) return fromModelError(error);
  if (error instanceof HTTPException && error.status === 400) return new AppError("invalid_json");
  return new AppError("internal_error");
}

function fromModelError(error: ModelError): AppError {
  if (error.kind === "timeout" || error.kind === "request_timeout")
    return new AppError("provider_timeout");
  if (error.kind === "truncated") return new AppError("provider_output_truncated");
  return new AppError("provider_error", {}, { provider: error.provider, reason: error.kind });
}
