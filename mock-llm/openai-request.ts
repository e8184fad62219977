import type { IncomingHttpHeaders } from "node:http";
import type { MockChatMessage } from "./chat-message";
import type { CompletionRequest } from "./completion-flow";
import {
  checkPositiveInteger,
  isJsonObject,
  type JsonObject,
  parseJsonObject,
  textOfContent,
} from "./json-guards";
import { type ErrorReply, openAiError } from "./vendor-errors";

export interface OpenAiChatRequest extends CompletionRequest {
  /** `stream_options.include_usage`: a last chunk with `usage` and no choices. */
  readonly includeUsage: boolean;
}

export type OpenAiParseResult =
  | { readonly ok: true; readonly request: OpenAiChatRequest }
  | { readonly ok: false; readonly error: ErrorReply };

/** Any non-empty bearer token passes: the mock only checks that the client sends one. */
export function checkOpenAiAuth(headers: IncomingHttpHeaders): ErrorReply | undefined {
  if (/^Bearer\s+\S+/i.test(headers.authorization ?? "")) return undefined;
  return openAiError(
    401,
    "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY). Any value works with mock-llm.",
    "invalid_request_error",
  );
}

/** Reads and validates a `POST /v1/chat/completions` body, answering errors as OpenAI does. */
export function parseOpenAiChatRequest(body: string): OpenAiParseResult {
  const json = parseJsonObject(body);
  if (!json) {
    return fail(
      400,
      "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload.)",
      null,
      null,
    );
  }
  if (typeof json.model !== "string" || json.model === "") {
    return fail(400, "you must provide a model parameter", null, null);
  }
  const messages = readMessages(json.messages);
  if (!Array.isArray(messages)) return { ok: false, error: messages };
  const maxTokens = readTokenLimit(json);
  if (typeof maxTokens === "object") return { ok: false, error: maxTokens };
  if (json.stream !== undefined && json.stream !== null && typeof json.stream !== "boolean") {
    return fail(400, "Invalid type for 'stream': expected a boolean.", "invalid_type", "stream");
  }
  const streamOptions = isJsonObject(json.stream_options) ? json.stream_options : {};
  return {
    ok: true,
    request: {
      model: json.model,
      messages,
      maxTokens,
      stream: json.stream === true,
      includeUsage: streamOptions.include_usage === true,
    },
  };
}

const roles: Readonly<Record<string, MockChatMessage["role"]>> = {
  system: "system",
  developer: "system",
  user: "user",
  assistant: "assistant",
  tool: "other",
  function: "other",
};

function readMessages(value: unknown): MockChatMessage[] | ErrorReply {
  if (value === undefined) {
    return openAiError(
      400,
      "Missing required parameter: 'messages'.",
      "invalid_request_error",
      "missing_required_parameter",
      "messages",
    );
  }
  if (!Array.isArray(value)) {
    return openAiError(
      400,
      "Invalid type for 'messages': expected an array of objects.",
      "invalid_request_error",
      "invalid_type",
      "messages",
    );
  }
  if (value.length === 0) {
    return openAiError(
      400,
      "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.",
      "invalid_request_error",
      "empty_array",
      "messages",
    );
  }
  const messages: MockChatMessage[] = [];
  for (const [index, item] of value.entries()) {
    const role = isJsonObject(item) && typeof item.role === "string" ? roles[item.role] : undefined;
    if (!isJsonObject(item) || role === undefined) {
      return openAiError(
        400,
        `Invalid value for 'messages[${index}].role': supported values are 'system', 'developer', 'user', 'assistant', 'tool' and 'function'.`,
        "invalid_request_error",
        "invalid_value",
        `messages[${index}].role`,
      );
    }
    const content = textOfContent(item.content ?? null);
    if (content === undefined) {
      return openAiError(
        400,
        `Invalid type for 'messages[${index}].content': expected a string or an array of content parts.`,
        "invalid_request_error",
        "invalid_type",
        `messages[${index}].content`,
      );
    }
    messages.push({ role, content });
  }
  return messages;
}

/** `max_completion_tokens` wins over the older `max_tokens`; either may be absent. */
function readTokenLimit(json: JsonObject): number | undefined | ErrorReply {
  let limit: number | undefined;
  for (const name of ["max_tokens", "max_completion_tokens"] as const) {
    const value = json[name];
    if (value === undefined || value === null) continue;
    const check = checkPositiveInteger(value);
    if (check === "type") {
      return openAiError(
        400,
        `Invalid type for '${name}': expected an integer.`,
        "invalid_request_error",
        "invalid_type",
        name,
      );
    }
    if (check === "range") {
      return openAiError(
        400,
        `Invalid '${name}': integer below minimum value. Expected a value >= 1, but got ${String(value)} instead.`,
        "invalid_request_error",
        "integer_below_min_value",
        name,
      );
    }
    if (typeof value === "number") limit = value;
  }
  return limit;
}

function fail(
  status: number,
  message: string,
  code: string | null,
  param: string | null,
): OpenAiParseResult {
  return { ok: false, error: openAiError(status, message, "invalid_request_error", code, param) };
}
