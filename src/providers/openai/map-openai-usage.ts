import type { CompletionUsage } from "openai/resources/completions";
import type { TokenUsage } from "../../core/model/language-model";

/** OpenAI-compatible servers may omit usage; zero then stands for "not reported". */
export function mapOpenAiUsage(usage: CompletionUsage | null | undefined): TokenUsage {
  return {
    inputTokens: usage?.prompt_tokens ?? 0,
    outputTokens: usage?.completion_tokens ?? 0,
  };
}
