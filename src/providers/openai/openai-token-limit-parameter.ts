const officialApiHost = "api.openai.com";

/** The body field that caps output tokens, in the shape the target server accepts. */
export type OpenAiTokenLimit = { max_completion_tokens: number } | { max_tokens: number };

/**
 * The official API wants `max_completion_tokens` (the GPT-5 family rejects `max_tokens`);
 * OpenAI-compatible servers (Ollama, vLLM, llama.cpp) only know `max_tokens`.
 */
export function openAiTokenLimit(
  maxOutputTokens: number,
  baseUrl: string | undefined,
): OpenAiTokenLimit {
  return isOfficialOpenAiApi(baseUrl)
    ? { max_completion_tokens: maxOutputTokens }
    : { max_tokens: maxOutputTokens };
}

function isOfficialOpenAiApi(baseUrl: string | undefined): boolean {
  if (baseUrl === undefined) {
    return true;
  }
  return URL.canParse(baseUrl) && new URL(baseUrl).hostname === officialApiHost;
}
