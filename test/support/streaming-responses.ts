import { HttpResponse, http } from "msw";
import { answerInFormat } from "./fake-language-model";
import {
  anthropicMessage,
  anthropicUrl,
  openAiCompletion,
  openAiUrl,
  toGenerateRequest,
} from "./provider-responses";

type ChatBody = Parameters<typeof toGenerateRequest>[0] & { stream?: boolean };

/** Splits an answer into small deltas, as a model streams it. */
function deltas(text: string): string[] {
  return text.match(/[\s\S]{1,7}/g) ?? [];
}

function eventStream(frames: string[]): Response {
  return new HttpResponse(frames.join(""), { headers: { "content-type": "text/event-stream" } });
}

/** `chat.completion.chunk` frames as OpenAI streams them, the usage chunk, then `[DONE]`. */
export function openAiStreamFrames(model: string, text: string): string[] {
  const base = {
    id: "chatcmpl-CQ7stream",
    object: "chat.completion.chunk",
    created: 1_764_201_600,
    model,
    service_tier: "default",
    system_fingerprint: null,
  };
  const frame = (data: unknown) => `data: ${JSON.stringify(data)}\n\n`;
  return [
    frame({
      ...base,
      choices: [
        {
          index: 0,
          delta: { role: "assistant", content: "", refusal: null },
          logprobs: null,
          finish_reason: null,
        },
      ],
      usage: null,
    }),
    ...deltas(text).map((content) =>
      frame({
        ...base,
        choices: [{ index: 0, delta: { content }, logprobs: null, finish_reason: null }],
        usage: null,
      }),
    ),
    frame({
      ...base,
      choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: "stop" }],
      usage: null,
    }),
    frame({
      ...base,
      choices: [],
      usage: {
        prompt_tokens: 812,
        completion_tokens: 431,
        total_tokens: 1243,
        prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
        completion_tokens_details: {
          reasoning_tokens: 0,
          audio_tokens: 0,
          accepted_prediction_tokens: 0,
          rejected_prediction_tokens: 0,
        },
      },
    }),
    "data: [DONE]\n\n",
  ];
}

/** The Messages API's named events, as Anthropic streams them. */
export function anthropicStreamFrames(model: string, text: string): string[] {
  const frame = (event: string, data: unknown) =>
    `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
  return [
    frame("message_start", {
      type: "message_start",
      message: {
        model,
        id: "msg_01StreamTest",
        type: "message",
        role: "assistant",
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: {
          input_tokens: 905,
          cache_creation_input_tokens: 0,
          cache_read_input_tokens: 0,
          output_tokens: 1,
          service_tier: "standard",
        },
      },
    }),
    frame("content_block_start", {
      type: "content_block_start",
      index: 0,
      content_block: { type: "text", text: "" },
    }),
    frame("ping", { type: "ping" }),
    ...deltas(text).map((chunk) =>
      frame("content_block_delta", {
        type: "content_block_delta",
        index: 0,
        delta: { type: "text_delta", text: chunk },
      }),
    ),
    frame("content_block_stop", { type: "content_block_stop", index: 0 }),
    frame("message_delta", {
      type: "message_delta",
      delta: { stop_reason: "end_turn", stop_sequence: null },
      usage: { output_tokens: 512 },
    }),
    frame("message_stop", { type: "message_stop" }),
  ];
}

/** Both vendors answering like translators, streaming when the request asks for it. */
export function streamingTranslators(seen: { streamed: number } = { streamed: 0 }) {
  return [
    http.post(openAiUrl, async ({ request }) => {
      const body = (await request.json()) as ChatBody;
      const answer = answerInFormat(toGenerateRequest(body));
      if (!body.stream) return HttpResponse.json(openAiCompletion(body.model, answer));
      seen.streamed += 1;
      return eventStream(openAiStreamFrames(body.model, answer));
    }),
    http.post(anthropicUrl, async ({ request }) => {
      const body = (await request.json()) as ChatBody;
      const answer = answerInFormat(toGenerateRequest(body));
      if (!body.stream) return HttpResponse.json(anthropicMessage(body.model, answer));
      seen.streamed += 1;
      return eventStream(anthropicStreamFrames(body.model, answer));
    }),
  ];
}
