import type Anthropic from "@anthropic-ai/sdk";
import type {
  MessageCreateParamsNonStreaming,
  MessageParam,
} from "@anthropic-ai/sdk/resources/messages";
import type { ChatMessage, GenerateRequest } from "../../core/model/language-model";
import type { ModelCallContext } from "../model-call-context";

/** Everything one Messages API call needs, resolved from a `GenerateRequest`. */
export interface AnthropicCall {
  readonly client: Anthropic;
  readonly context: ModelCallContext;
  readonly body: MessageCreateParamsNonStreaming;
  readonly signal: AbortSignal | undefined;
}

export interface AnthropicCallTarget {
  readonly client: Anthropic;
  readonly provider: string;
  readonly apiKey: string;
  readonly defaultModelId: string;
}

export function buildAnthropicCall(
  target: AnthropicCallTarget,
  request: GenerateRequest,
): AnthropicCall {
  const modelId = request.modelId ?? target.defaultModelId;
  return {
    client: target.client,
    context: { provider: target.provider, modelId, apiKey: target.apiKey },
    body: {
      model: modelId,
      max_tokens: request.maxOutputTokens,
      messages: conversationMessages(request.messages),
      ...systemParameter(request.messages),
      ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    },
    signal: request.signal,
  };
}

/** The Messages API takes system prompts in `system`, not among the turns. */
function systemParameter(messages: readonly ChatMessage[]): { system?: string } {
  const systemTexts = messages
    .filter((message) => message.role === "system")
    .map((message) => message.content);
  return systemTexts.length === 0 ? {} : { system: systemTexts.join("\n\n") };
}

function conversationMessages(messages: readonly ChatMessage[]): MessageParam[] {
  return messages.flatMap((message) =>
    message.role === "system" ? [] : [{ role: message.role, content: message.content }],
  );
}
