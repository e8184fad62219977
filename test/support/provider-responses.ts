import { HttpResponse, http } from "msw";
import type { GenerateRequest } from "../../src/core/model/language-model";
import { answerInFormat } from "./fake-language-model";

interface ChatBody {
  readonly model: string;
  readonly messages?: ReadonlyArray<{ role: string; content: string }>;
  readonly system?: string | ReadonlyArray<{ text: string }>;
}

/** The messages of an OpenAI or Anthropic request body, as the core sent them. */
export function toGenerateRequest(body: ChatBody): GenerateRequest {
  const messages = (body.messages ?? []).map((message) => ({
    role: message.role as "system" | "user" | "assistant",
    content: typeof message.content === "string" ? message.content : "",
  }));
  return { messages, maxOutputTokens: 0 };
}

/** A `chat.completion` exactly as OpenAI's API returns it. */
export function openAiCompletion(model: string, text: string, finishReason = "stop") {
  return {
    id: "chatcmpl-CQ7mZ2u8WlqkXc9Hc1Tbz3YQ5rT0a",
    object: "chat.completion",
    created: 1_764_201_600,
    model,
    choices: [
      {
        index: 0,
        message: { role: "assistant", content: text, refusal: null, annotations: [] },
        logprobs: null,
        finish_reason: finishReason,
      },
    ],
    usage: {
      prompt_tokens: 812,
      completion_tokens: 431,
      total_tokens: 1_243,
      prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
      completion_tokens_details: {
        reasoning_tokens: 0,
        audio_tokens: 0,
        accepted_prediction_tokens: 0,
        rejected_prediction_tokens: 0,
      },
    },
    service_tier: "default",
    system_fingerprint: null,
  };
}

/** A `message` exactly as Anthropic's API returns it. */
export function anthropicMessage(model: string, text: string, stopReason = "end_turn") {
  return {
    id: "msg_01XFDUDYJgAACzvnptvVoYEL",
    type: "message",
    role: "assistant",
    model,
    content: [{ type: "text", text }],
    stop_reason: stopReason,
    stop_sequence: null,
    usage: {
      input_tokens: 905,
      output_tokens: 512,
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 0,
      service_tier: "standard",
    },
  };
}

export const openAiUrl = "https://api.openai.com/v1/chat/completions";
export const anthropicUrl = "https://api.anthropic.com/v1/messages";

/** OpenAI answering every call like a translator (prefixing each segment with the language). */
export function openAiTranslator(counter: { calls: number } = { calls: 0 }) {
  return http.post(openAiUrl, async ({ request }) => {
    counter.calls += 1;
    const body = (await request.json()) as ChatBody;
    return HttpResponse.json(openAiCompletion(body.model, answerInFormat(toGenerateRequest(body))));
  });
}

export function anthropicTranslator(counter: { calls: number } = { calls: 0 }) {
  return http.post(anthropicUrl, async ({ request }) => {
    counter.calls += 1;
    const body = (await request.json()) as ChatBody;
    return HttpResponse.json(anthropicMessage(body.model, answerInFormat(toGenerateRequest(body))));
  });
}

export function openAiError(status: number, type: string, headers: Record<string, string> = {}) {
  return HttpResponse.json(
    { error: { message: `Simulated ${type}`, type, param: null, code: type } },
    { status, headers },
  );
}
