import type { MessageDeltaUsage, Usage } from "@anthropic-ai/sdk/resources/messages";

type InputUsage = Pick<
  Usage | MessageDeltaUsage,
  "input_tokens" | "cache_creation_input_tokens" | "cache_read_input_tokens"
>;

/** Total input is the uncached tokens plus the tokens written to and read from the cache. */
export function anthropicInputTokens(usage: InputUsage): number {
  return (
    (usage.input_tokens ?? 0) +
    (usage.cache_creation_input_tokens ?? 0) +
    (usage.cache_read_input_tokens ?? 0)
  );
}
