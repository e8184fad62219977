import type OpenAI from "openai";
import type {
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageParam,
} from "openai/resources/chat/completions";
import type { ChatMessage, GenerateRequest } from "../../core/model/language-model";
import type { ModelCallContext } from "../model-call-context";
import { openAiTokenLimit } from "./openai-token-limit-parameter";

/** Everything one Chat Completions call needs, resolved from a `GenerateRequest`. */
export interface OpenAiCall {
  readonly client: OpenAI;
  readonly context: ModelCallContext;
  readonly body: ChatCompletionCreateParamsNonStreaming;
  readonly signal: AbortSignal | undefined;
}

export interface OpenAiCallTarget {
  readonly client: OpenAI;
  readonly provider: string;
  readonly apiKey: string;
  readonly baseUrl: string | undefined;
  readonly defaultModelId: string;
}

export function buildOpenAiCall(target: OpenAiCallTarget, request: GenerateRequest): OpenAiCall {
  const modelId = request.modelId ?? target.defaultModelId;
  return {
    client: target.client,
    context: { provider: target.provider, modelId, apiKey: target.apiKey },
    body: {
      model: modelId,
      messages: request.messages.map(toOpenAiMessage),
      ...openAiTokenLimit(request.maxOutputTokens, target.baseUrl),
      ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    },
    signal: request.signal,
  };
}

function toOpenAiMessage(message: ChatMessage): ChatCompletionMessageParam {
  return { role: message.role, content: message.content };
}
