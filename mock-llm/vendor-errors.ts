import type { ErrorFault } from "./faults";
import type { JsonObject } from "./json-guards";

/** An error answer: status, JSON body in the vendor's shape, extra headers. */
export interface ErrorReply {
  readonly status: number;
  readonly body: JsonObject;
  readonly headers: Readonly<Record<string, string>>;
}

/** What a 429 tells the client: wait one second (the SDKs read `retry-after-ms` first). */
export const retryAfterHeaders: Readonly<Record<string, string>> = {
  "retry-after": "1",
  "retry-after-ms": "1000",
};

/** OpenAI's shape: `{"error":{"message","type","param","code"}}`. */
export function openAiError(
  status: number,
  message: string,
  type: string,
  code: string | null = null,
  param: string | null = null,
  headers: Readonly<Record<string, string>> = {},
): ErrorReply {
  return { status, body: { error: { message, type, param, code } }, headers };
}

export type AnthropicErrorType =
  | "invalid_request_error"
  | "authentication_error"
  | "not_found_error"
  | "request_too_large"
  | "rate_limit_error"
  | "api_error"
  | "overloaded_error";

/** Anthropic's shape: `{"type":"error","error":{"type","message"}}`. */
export function anthropicError(
  status: number,
  type: AnthropicErrorType,
  message: string,
  headers: Readonly<Record<string, string>> = {},
): ErrorReply {
  return { status, body: { type: "error", error: { type, message } }, headers };
}

export function openAiFaultError(fault: ErrorFault): ErrorReply {
  switch (fault) {
    case "rate_limit":
      return openAiError(
        429,
        "Rate limit reached for requests (mock-llm fault). Please try again in 1s.",
        "requests",
        "rate_limit_exceeded",
        null,
        retryAfterHeaders,
      );
    case "server_error":
      return openAiError(
        500,
        "The server had an error while processing your request. Sorry about that! (mock-llm fault)",
        "server_error",
      );
    case "overloaded":
      return openAiError(
        503,
        "The engine is currently overloaded, please try again later. (mock-llm fault)",
        "server_error",
        "service_unavailable",
      );
  }
}

export function anthropicFaultError(fault: ErrorFault): ErrorReply {
  switch (fault) {
    case "rate_limit":
      return anthropicError(
        429,
        "rate_limit_error",
        "Number of requests has exceeded your rate limit (mock-llm fault).",
        retryAfterHeaders,
      );
    case "server_error":
      return anthropicError(500, "api_error", "Internal server error (mock-llm fault).");
    case "overloaded":
      return anthropicError(529, "overloaded_error", "Overloaded (mock-llm fault).");
  }
}
