import type { ChatCompletionChunk } from "openai/resources/chat/completions";
import type {
  FinishReason,
  GenerateResult,
  StreamPart,
  TokenUsage,
} from "../../core/model/language-model";
import { abortedCallError } from "../aborted-call-error";
import { mapOpenAiError } from "./map-openai-error";
import { mapOpenAiFinishReason } from "./map-openai-finish-reason";
import { mapOpenAiUsage } from "./map-openai-usage";
import type { OpenAiCall } from "./openai-call";

interface StreamState {
  text: string;
  finishReason: FinishReason;
  refused: boolean;
  usage: TokenUsage;
}

/** One streaming Chat Completions call: text deltas, then a single finish part. */
export async function* streamWithOpenAi(call: OpenAiCall): AsyncGenerator<StreamPart> {
  const state: StreamState = {
    text: "",
    finishReason: "other",
    refused: false,
    usage: mapOpenAiUsage(undefined),
  };
  try {
    for await (const chunk of await openStream(call)) {
      const delta = absorbChunk(state, chunk);
      if (delta) {
        yield { type: "text-delta", text: delta };
      }
    }
  } catch (error) {
    throw mapOpenAiError(error, call.context);
  }
  // The SDK ends an aborted stream silently instead of throwing.
  if (call.signal?.aborted) {
    throw abortedCallError(call.context.provider, call.context.modelId, call.signal.reason);
  }
  yield { type: "finish", result: toGenerateResult(state, call) };
}

function openStream(call: OpenAiCall) {
  return call.client.chat.completions.create(
    { ...call.body, stream: true, stream_options: { include_usage: true } },
    { signal: call.signal },
  );
}

/** Folds one chunk into the state; returns its text delta. The last chunk has usage, no choices. */
function absorbChunk(state: StreamState, chunk: ChatCompletionChunk): string | undefined {
  const choice = chunk.choices[0];
  if (choice?.finish_reason) {
    state.finishReason = mapOpenAiFinishReason(choice.finish_reason);
  }
  if (choice?.delta.refusal) {
    state.refused = true;
  }
  if (chunk.usage) {
    state.usage = mapOpenAiUsage(chunk.usage);
  }
  const delta = choice?.delta.content ?? undefined;
  if (delta) {
    state.text += delta;
  }
  return delta;
}

function toGenerateResult(state: StreamState, call: OpenAiCall): GenerateResult {
  return {
    text: state.text,
    finishReason: state.refused ? "content_filter" : state.finishReason,
    usage: state.usage,
    provider: call.context.provider,
    modelId: call.context.modelId,
  };
}
