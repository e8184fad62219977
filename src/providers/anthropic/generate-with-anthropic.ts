import type { Message } from "@anthropic-ai/sdk/resources/messages";
import type { GenerateResult } from "../../core/model/language-model";
import type { AnthropicCall } from "./anthropic-call";
import { mapAnthropicError } from "./map-anthropic-error";
import { mapAnthropicStopReason } from "./map-anthropic-stop-reason";
import { anthropicInputTokens } from "./map-anthropic-usage";

/**
 * The SDK's own default. Passing it explicitly stops the SDK from refusing non-streaming calls
 * whose `max_tokens` it guesses could take over ten minutes (above ~21k tokens); our core
 * bounds every call with its own, shorter timeout through the signal.
 */
const requestTimeoutMs = 10 * 60 * 1000;

/** One non-streaming Messages API call. */
export async function generateWithAnthropic(call: AnthropicCall): Promise<GenerateResult> {
  try {
    const message = await call.client.messages.create(call.body, {
      signal: call.signal,
      timeout: requestTimeoutMs,
    });
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
