import { countTokens as countO200kTokens } from "gpt-tokenizer";

/** Text that looks like a special token (`<|endoftext|>`) is counted as plain text, never refused. */
const plainText = { disallowedSpecial: new Set<string>() };

/**
 * Tokens in `text`, with OpenAI's o200k_base tokenizer (`gpt-tokenizer`, GPT-4o/GPT-5 family).
 * Used for `usage`, for `max_tokens` and for pacing. Anthropic answers get the same count:
 * Claude's tokenizer is not public, and the mock only needs realistic orders of magnitude.
 * This is the one place to change to count differently.
 */
export function countTokens(text: string): number {
  return text === "" ? 0 : countO200kTokens(text, plainText);
}
