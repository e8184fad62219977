import {
  type CompletionStart,
  holdUntilClientLeaves,
  startCompletion,
  waitForWholeAnswer,
} from "./completion-flow";
import { sendJson } from "./http-io";
import { paceDeltas } from "./latency";
import { mockModelIds } from "./mock-models";
import { checkOpenAiAuth, type OpenAiChatRequest, parseOpenAiChatRequest } from "./openai-request";
import type { CompletionPlan } from "./plan-completion";
import type { RouteContext } from "./route-context";
import { startEventStream, writeDone, writeEvent } from "./sse";
import { type ErrorReply, openAiError, openAiFaultError } from "./vendor-errors";

const systemFingerprint = "fp_mock_llm";

/** `POST /v1/chat/completions`, streaming or not. */
export async function handleOpenAiChatCompletions(context: RouteContext): Promise<void> {
  const authError = checkOpenAiAuth(context.request.headers);
  if (authError) return sendOpenAiError(context, authError);
  const parsed = parseOpenAiChatRequest(context.body);
  if (!parsed.ok) return sendOpenAiError(context, parsed.error);
  const request = parsed.request;
  const start = startCompletion(context, "openai", request);
  switch (start.kind) {
    case "invalid-header":
      return sendOpenAiError(context, openAiError(400, start.message, "invalid_request_error"));
    case "error":
      return sendOpenAiError(context, openAiFaultError(start.fault), start.sequence);
    case "timeout":
      return holdUntilClientLeaves(context);
    case "answer":
      return request.stream
        ? streamAnswer(context, request, start)
        : sendAnswer(context, request, start);
  }
}

/** `GET /v1/models` in OpenAI's list shape. */
export function handleOpenAiModels(context: RouteContext): void {
  sendJson(context.response, 200, {
    object: "list",
    data: mockModelIds.map((id) => openAiModel(id)),
  });
}

/** `GET /v1/models/{id}`: every id exists. */
export function handleOpenAiModel(context: RouteContext, id: string): void {
  sendJson(context.response, 200, openAiModel(id));
}

export function sendOpenAiError(context: RouteContext, error: ErrorReply, sequence?: number): void {
  const requestId: Record<string, string> =
    sequence === undefined ? {} : { "x-request-id": requestIdFor(sequence) };
  sendJson(context.response, error.status, error.body, { ...requestId, ...error.headers });
}

function openAiModel(id: string) {
  return { id, object: "model", created: 1_735_689_600, owned_by: "tilmash-mock-llm" };
}

type Answer = Extract<CompletionStart, { kind: "answer" }>;

async function sendAnswer(
  context: RouteContext,
  request: OpenAiChatRequest,
  answer: Answer,
): Promise<void> {
  if (!(await waitForWholeAnswer(context, answer.plan, answer.latency))) return;
  const { plan, sequence } = answer;
  sendJson(
    context.response,
    200,
    {
      id: completionIdFor(sequence),
      object: "chat.completion",
      created: nowSeconds(),
      model: request.model,
      choices: [
        {
          index: 0,
          message: { role: "assistant", content: plan.text, refusal: null, annotations: [] },
          logprobs: null,
          finish_reason: plan.finishReason,
        },
      ],
      usage: usageOf(plan),
      service_tier: "default",
      system_fingerprint: systemFingerprint,
    },
    { "x-request-id": requestIdFor(sequence) },
  );
}

/**
 * `chat.completion.chunk` frames: the role, one per word, the finish reason, then (with
 * `stream_options.include_usage`) a usage chunk with `choices: []`, then `data: [DONE]`.
 */
async function streamAnswer(
  context: RouteContext,
  request: OpenAiChatRequest,
  answer: Answer,
): Promise<void> {
  const { plan, sequence, latency } = answer;
  const { response, signal } = context;
  const base = {
    id: completionIdFor(sequence),
    object: "chat.completion.chunk",
    created: nowSeconds(),
    model: request.model,
    service_tier: "default",
    system_fingerprint: systemFingerprint,
    ...(request.includeUsage ? { usage: null } : {}),
  };
  const chunk = (delta: object, finishReason: string | null) => ({
    ...base,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
  });
  startEventStream(response, { "x-request-id": requestIdFor(sequence) });
  writeEvent(response, chunk({ role: "assistant", content: "", refusal: null }, null));
  for await (const delta of paceDeltas(plan.text, plan.outputTokens, latency, signal)) {
    writeEvent(response, chunk({ content: delta }, null));
  }
  if (signal.aborted) return;
  writeEvent(response, chunk({}, plan.finishReason));
  if (request.includeUsage) writeEvent(response, { ...base, choices: [], usage: usageOf(plan) });
  writeDone(response);
  response.end();
}

function usageOf(plan: CompletionPlan) {
  return {
    prompt_tokens: plan.inputTokens,
    completion_tokens: plan.outputTokens,
    total_tokens: plan.inputTokens + plan.outputTokens,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: 0,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
}

function completionIdFor(sequence: number): string {
  return `chatcmpl-mock${String(sequence).padStart(6, "0")}`;
}

function requestIdFor(sequence: number): string {
  return `req_mock${String(sequence).padStart(6, "0")}`;
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
