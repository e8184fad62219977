import { checkAnthropicAuth, parseAnthropicMessagesRequest } from "./anthropic-request";
import {
  type CompletionRequest,
  type CompletionStart,
  holdUntilClientLeaves,
  startCompletion,
  waitForWholeAnswer,
} from "./completion-flow";
import { sendJson } from "./http-io";
import { paceDeltas } from "./latency";
import { mockModelIds } from "./mock-models";
import { type CompletionPlan, countPromptTokens } from "./plan-completion";
import type { RouteContext } from "./route-context";
import { startEventStream, writeEvent } from "./sse";
import { anthropicError, anthropicFaultError, type ErrorReply } from "./vendor-errors";

/** `POST /v1/messages`, streaming or not. */
export async function handleAnthropicMessages(context: RouteContext): Promise<void> {
  const authError = checkAnthropicAuth(context.request.headers);
  if (authError) return sendAnthropicError(context, authError);
  const parsed = parseAnthropicMessagesRequest(context.body);
  if (!parsed.ok) return sendAnthropicError(context, parsed.error);
  const request = parsed.request;
  const start = startCompletion(context, "anthropic", request);
  switch (start.kind) {
    case "invalid-header":
      return sendAnthropicError(
        context,
        anthropicError(400, "invalid_request_error", start.message),
      );
    case "error":
      return sendAnthropicError(context, anthropicFaultError(start.fault), start.sequence);
    case "timeout":
      return holdUntilClientLeaves(context);
    case "answer":
      return request.stream
        ? streamAnswer(context, request, start)
        : sendAnswer(context, request, start);
  }
}

/** `POST /v1/messages/count_tokens`. */
export function handleAnthropicCountTokens(context: RouteContext): void {
  const authError = checkAnthropicAuth(context.request.headers);
  const parsed = parseAnthropicMessagesRequest(context.body, { requireMaxTokens: false });
  if (authError) sendAnthropicError(context, authError);
  else if (!parsed.ok) sendAnthropicError(context, parsed.error);
  else
    sendJson(context.response, 200, { input_tokens: countPromptTokens(parsed.request.messages) });
}

/** `GET /v1/models` in Anthropic's shape (chosen when the request has `anthropic-version`). */
export function handleAnthropicModels(context: RouteContext): void {
  const data = mockModelIds.map((id) => anthropicModel(id));
  sendJson(context.response, 200, {
    data,
    has_more: false,
    first_id: data[0]?.id ?? null,
    last_id: data.at(-1)?.id ?? null,
  });
}

export function handleAnthropicModel(context: RouteContext, id: string): void {
  sendJson(context.response, 200, anthropicModel(id));
}

export function sendAnthropicError(
  context: RouteContext,
  error: ErrorReply,
  sequence?: number,
): void {
  const requestId: Record<string, string> =
    sequence === undefined ? {} : { "request-id": requestIdFor(sequence) };
  sendJson(context.response, error.status, error.body, { ...requestId, ...error.headers });
}

function anthropicModel(id: string) {
  return { type: "model", id, display_name: `Mock ${id}`, created_at: "2025-01-01T00:00:00Z" };
}

type Answer = Extract<CompletionStart, { kind: "answer" }>;

async function sendAnswer(
  context: RouteContext,
  request: CompletionRequest,
  answer: Answer,
): Promise<void> {
  if (!(await waitForWholeAnswer(context, answer.plan, answer.latency))) return;
  const { plan, sequence } = answer;
  sendJson(
    context.response,
    200,
    {
      ...messageShell(request, sequence),
      content: [{ type: "text", text: plan.text, citations: null }],
      stop_reason: stopReasonOf(plan),
      usage: usageOf(plan.inputTokens, plan.outputTokens),
    },
    { "request-id": requestIdFor(sequence) },
  );
}

/**
 * Events in Anthropic's order: `message_start`, `content_block_start`, `ping`, one
 * `content_block_delta` (text_delta) per word, `content_block_stop`, `message_delta`
 * (stop_reason, usage), `message_stop`.
 */
async function streamAnswer(
  context: RouteContext,
  request: CompletionRequest,
  answer: Answer,
): Promise<void> {
  const { plan, sequence, latency } = answer;
  const { response, signal } = context;
  const send = (type: string, data: object) => writeEvent(response, { type, ...data }, type);
  startEventStream(response, { "request-id": requestIdFor(sequence) });
  send("message_start", {
    message: {
      ...messageShell(request, sequence),
      content: [],
      stop_reason: null,
      usage: usageOf(plan.inputTokens, 1),
    },
  });
  send("content_block_start", { index: 0, content_block: { type: "text", text: "" } });
  send("ping", {});
  for await (const delta of paceDeltas(plan.text, plan.outputTokens, latency, signal)) {
    send("content_block_delta", { index: 0, delta: { type: "text_delta", text: delta } });
  }
  if (signal.aborted) return;
  send("content_block_stop", { index: 0 });
  send("message_delta", {
    delta: {
      stop_reason: stopReasonOf(plan),
      stop_sequence: null,
      stop_details: null,
      container: null,
    },
    usage: {
      input_tokens: plan.inputTokens,
      output_tokens: plan.outputTokens,
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 0,
    },
  });
  send("message_stop", {});
  response.end();
}

function messageShell(request: CompletionRequest, sequence: number) {
  return {
    id: `msg_mock${String(sequence).padStart(6, "0")}`,
    type: "message",
    role: "assistant",
    model: request.model,
    stop_sequence: null,
    stop_details: null,
    container: null,
  };
}

function stopReasonOf(plan: CompletionPlan): "end_turn" | "max_tokens" {
  return plan.finishReason === "length" ? "max_tokens" : "end_turn";
}

function usageOf(inputTokens: number, outputTokens: number) {
  return {
    input_tokens: inputTokens,
    output_tokens: outputTokens,
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: 0,
    service_tier: "standard",
  };
}

function requestIdFor(sequence: number): string {
  return `req_mock${String(sequence).padStart(6, "0")}`;
}
