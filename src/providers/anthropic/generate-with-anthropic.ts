import type { Message } from "@anthropic-ai/sdk/resources/messages";
import type { GenerateResult } from "../../core/model/language-model";
import type { AnthropicCall } from "./anthropic-call";
import { mapAnthropicError } from "./map-anthropic-error";
import { mapAnthropicStopReason } from "./map-anthropic-stop-reason";
import { anthropicInputTokens } from "./map-anthropic-usage";

/** One non-streaming Messages API call. */
export async function generateWithAnthropic(call: AnthropicCall): Promise<GenerateResult> {
  try {
    const message = await call.client.messages.create(call.body, { signal: call.signal });
    return toGenerateResult(message, call);
  } catch (error) {
    throw mapAnthropicError(error, call.context);
  }
}

function toGenerateResult(message: Message, call: AnthropicCall): GenerateResult {
  return {
    text: textOf(message),
    finishReason: mapAnthropicStopReason(message.stop_reason),
    usage: {
      inputTokens: anthropicInputTokens(message.usage),
      outputTokens: message.usage.output_tokens,
    },
    provider: call.context.provider,
    modelId: call.context.modelId,
  };
}

function textOf(message: Message): string {
  return message.content.flatMap((block) => (block.type === "text" ? [block.text] : [])).join("");
}
