import { lastUserText, type MockChatMessage } from "./chat-message";
import { composeAnswer } from "./compose-answer";
import { countTokens } from "./count-tokens";
import type { FaultKind } from "./faults";
import { parseWorkerPrompt } from "./parse-worker-prompt";
import { firstHalf, truncateToTokens } from "./truncate-to-tokens";
import type { WorkerPrompt } from "./worker-prompt";

/** What one completion answers, independent of the vendor's wire format. */
export interface CompletionPlan {
  readonly text: string;
  /** `length` when the token limit or the `truncate` fault cut the text. */
  readonly finishReason: "stop" | "length";
  readonly inputTokens: number;
  readonly outputTokens: number;
  /** The parsed translation or summary prompt, when the request was one. */
  readonly prompt: WorkerPrompt | undefined;
}

export interface CompletionInput {
  readonly messages: readonly MockChatMessage[];
  /** `max_tokens` / `max_completion_tokens`; undefined: no limit. */
  readonly maxTokens: number | undefined;
  /** `truncate` and `malformed` change the answer; other faults never get this far. */
  readonly fault: FaultKind | undefined;
}

export function planCompletion(input: CompletionInput): CompletionPlan {
  const userText = lastUserText(input.messages);
  const prompt = parseWorkerPrompt(userText);
  const full = composeAnswer(
    userText,
    prompt,
    input.fault === "malformed" ? "malformed" : "well-formed",
  );
  let text = input.fault === "truncate" ? firstHalf(full) : full;
  let finishReason: CompletionPlan["finishReason"] = input.fault === "truncate" ? "length" : "stop";
  if (input.maxTokens !== undefined && countTokens(text) > input.maxTokens) {
    text = truncateToTokens(text, input.maxTokens);
    finishReason = "length";
  }
  return {
    text,
    finishReason,
    inputTokens: countPromptTokens(input.messages),
    outputTokens: Math.max(1, countTokens(text)),
    prompt,
  };
}

/** Message texts plus a few tokens of framing per message, as chat formats have. */
export function countPromptTokens(messages: readonly MockChatMessage[]): number {
  return messages.reduce((sum, message) => sum + 4 + countTokens(message.content), 3);
}
