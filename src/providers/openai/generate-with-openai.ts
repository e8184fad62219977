import type { ChatCompletion } from "openai/resources/chat/completions";
import type { FinishReason, GenerateResult } from "../../core/model/language-model";
import { mapOpenAiError } from "./map-openai-error";
import { mapOpenAiFinishReason } from "./map-openai-finish-reason";
import { mapOpenAiUsage } from "./map-openai-usage";
import type { OpenAiCall } from "./openai-call";

/** One non-streaming Chat Completions call. */
export async function generateWithOpenAi(call: OpenAiCall): Promise<GenerateResult> {
  try {
    const completion = await call.client.chat.completions.create(call.body, {
      signal: call.signal,
    });
    return toGenerateResult(completion, call);
  } catch (error) {
    throw mapOpenAiError(error, call.context);
  }
}

function toGenerateResult(completion: ChatCompletion, call: OpenAiCall): GenerateResult {
  const choice = completion.choices[0];
  return {
    text: choice?.message.content ?? "",
    finishReason: finishReasonOf(choice),
    usage: mapOpenAiUsage(completion.usage),
    provider: call.context.provider,
    modelId: call.context.modelId,
  };
}

/** A refusal arrives as `finish_reason: "stop"` with `message.refusal` set. */
function finishReasonOf(choice: ChatCompletion.Choice | undefined): FinishReason {
  if (choice?.message.refusal) {
    return "content_filter";
  }
  return mapOpenAiFinishReason(choice?.finish_reason);
}
