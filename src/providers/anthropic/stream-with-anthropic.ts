import type { RawMessageStreamEvent } from "@anthropic-ai/sdk/resources/messages";
import type {
  FinishReason,
  GenerateResult,
  StreamPart,
  TokenUsage,
} from "../../core/model/language-model";
import { abortedCallError } from "../aborted-call-error";
import type { AnthropicCall } from "./anthropic-call";
import { mapAnthropicError } from "./map-anthropic-error";
import { mapAnthropicStopReason } from "./map-anthropic-stop-reason";
import { anthropicInputTokens } from "./map-anthropic-usage";

interface StreamState {
  text: string;
  finishReason: FinishReason;
  usage: TokenUsage;
}

/** One streaming Messages API call: text deltas, then a single finish part. */
export async function* streamWithAnthropic(call: AnthropicCall): AsyncGenerator<StreamPart> {
  const state: StreamState = {
    text: "",
    finishReason: "other",
    usage: { inputTokens: 0, outputTokens: 0 },
  };
  try {
    for await (const event of await openStream(call)) {
      const delta = absorbEvent(state, event);
      if (delta) {
        yield { type: "text-delta", text: delta };
      }
    }
  } catch (error) {
    throw mapAnthropicError(error, call.context);
  }
  // The SDK ends an aborted stream silently instead of throwing.
  if (call.signal?.aborted) {
    throw abortedCallError(call.context.provider, call.context.modelId, call.signal.reason);
  }
  yield { type: "finish", result: toGenerateResult(state, call) };
}

function openStream(call: AnthropicCall) {
  return call.client.messages.create({ ...call.body, stream: true }, { signal: call.signal });
}

/**
 * Folds one event into the state; returns its text delta. Input tokens come with
 * `message_start`, the stop reason and cumulative output tokens with `message_delta`.
 */
function absorbEvent(state: StreamState, event: RawMessageStreamEvent): string | undefined {
  switch (event.type) {
    case "message_start":
      state.usage = {
        inputTokens: anthropicInputTokens(event.message.usage),
        outputTokens: event.message.usage.output_tokens,
      };
      return undefined;
    case "message_delta":
      state.finishReason = mapAnthropicStopReason(event.delta.stop_reason);
      state.usage = { ...state.usage, outputTokens: event.usage.output_tokens };
      return undefined;
    case "content_block_delta":
      return event.delta.type === "text_delta" ? appendText(state, event.delta.text) : undefined;
    default:
      return undefined;
  }
}

function appendText(state: StreamState, text: string): string {
  state.text += text;
  return text;
}

function toGenerateResult(state: StreamState, call: AnthropicCall): GenerateResult {
  return {
    text: state.text,
    finishReason: state.finishReason,
    usage: state.usage,
    provider: call.context.provider,
    modelId: call.context.modelId,
  };
}
