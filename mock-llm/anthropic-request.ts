import type { IncomingHttpHeaders } from "node:http";
import type { MockChatMessage } from "./chat-message";
import type { CompletionRequest } from "./completion-flow";
import { checkPositiveInteger, isJsonObject, parseJsonObject, textOfContent } from "./json-guards";
import { anthropicError, type ErrorReply } from "./vendor-errors";

export type AnthropicParseResult =
  | { readonly ok: true; readonly request: CompletionRequest }
  | { readonly ok: false; readonly error: ErrorReply };

/** Any non-empty `x-api-key` (or bearer token) passes: the mock only checks one is sent. */
export function checkAnthropicAuth(headers: IncomingHttpHeaders): ErrorReply | undefined {
  const apiKey = headers["x-api-key"];
  if (typeof apiKey === "string" && apiKey.trim() !== "") return undefined;
  if (/^Bearer\s+\S+/i.test(headers.authorization ?? "")) return undefined;
  return anthropicError(
    401,
    "authentication_error",
    "x-api-key header is required (any value works with mock-llm)",
  );
}

/**
 * Reads and validates a `POST /v1/messages` body, answering errors as Anthropic does.
 * The `system` parameter (a string or text blocks) becomes the first message.
 * `count_tokens` bodies have no `max_tokens`: pass `requireMaxTokens: false`.
 */
export function parseAnthropicMessagesRequest(
  body: string,
  { requireMaxTokens = true }: { readonly requireMaxTokens?: boolean } = {},
): AnthropicParseResult {
  const json = parseJsonObject(body);
  if (!json) return invalid("There was an issue with your request body: it must be a JSON object.");
  if (typeof json.model !== "string" || json.model === "") return invalid("model: Field required");
  if (json.max_tokens === undefined && requireMaxTokens)
    return invalid("max_tokens: Field required");
  if (json.max_tokens !== undefined && checkPositiveInteger(json.max_tokens) !== "ok") {
    return invalid("max_tokens: Input should be a valid integer greater than or equal to 1");
  }
  if (json.stream !== undefined && typeof json.stream !== "boolean") {
    return invalid("stream: Input should be a valid boolean");
  }
  const system = readSystem(json.system);
  if (system === undefined)
    return invalid("system: Input should be a valid string or a list of text blocks");
  const messages = readMessages(json.messages);
  if (typeof messages === "string") return invalid(messages);
  return {
    ok: true,
    request: {
      model: json.model,
      messages: system === "" ? messages : [{ role: "system", content: system }, ...messages],
      maxTokens: typeof json.max_tokens === "number" ? json.max_tokens : undefined,
      stream: json.stream === true,
    },
  };
}

function readSystem(value: unknown): string | undefined {
  if (value === undefined || value === null) return "";
  if (typeof value !== "string" && !Array.isArray(value)) return undefined;
  return textOfContent(value);
}

function readMessages(value: unknown): MockChatMessage[] | string {
  if (value === undefined) return "messages: Field required";
  if (!Array.isArray(value)) return "messages: Input should be a valid list";
  if (value.length === 0) return "messages: at least one message is required";
  const messages: MockChatMessage[] = [];
  for (const [index, item] of value.entries()) {
    if (
      !isJsonObject(item) ||
      (item.role !== "user" && item.role !== "assistant" && item.role !== "system")
    ) {
      return `messages.${index}.role: Input should be 'user' or 'assistant'`;
    }
    const content = textOfContent(item.content);
    if (content === undefined || item.content === null) {
      return `messages.${index}.content: Input should be a valid string or a list of content blocks`;
    }
    messages.push({ role: item.role, content });
  }
  return messages;
}

function invalid(message: string): AnthropicParseResult {
  return { ok: false, error: anthropicError(400, "invalid_request_error", message) };
}
