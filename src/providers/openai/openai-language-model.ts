import OpenAI from "openai";
import type { LanguageModel } from "../../core/model/language-model";
import { languageModelFromCalls } from "../language-model-from-calls";
import { generateWithOpenAi } from "./generate-with-openai";
import { buildOpenAiCall, type OpenAiCallTarget } from "./openai-call";
import { streamWithOpenAi } from "./stream-with-openai";

export interface OpenAiLanguageModelOptions {
  readonly apiKey: string;
  /** Set for an OpenAI-compatible server (Ollama, vLLM, llama.cpp); omit for the official API. */
  readonly baseUrl?: string;
  readonly modelId: string;
  readonly fetch?: typeof fetch;
}

const providerName = "openai";
/** Explicit, so the SDK never falls back to an `OPENAI_BASE_URL` it reads on its own. */
const officialBaseUrl = "https://api.openai.com/v1";

/** A `LanguageModel` over the official OpenAI SDK (Chat Completions). */
export function createOpenAiLanguageModel(options: OpenAiLanguageModelOptions): LanguageModel {
  const target: OpenAiCallTarget = {
    client: new OpenAI({
      apiKey: options.apiKey,
      baseURL: options.baseUrl ?? officialBaseUrl,
      // Retries belong to our core, which also owns the backoff.
      maxRetries: 0,
      fetch: options.fetch,
    }),
    provider: providerName,
    apiKey: options.apiKey,
    baseUrl: options.baseUrl,
    defaultModelId: options.modelId,
  };
  return languageModelFromCalls(
    { provider: providerName, modelId: options.modelId },
    (request) => generateWithOpenAi(buildOpenAiCall(target, request)),
    (request) => streamWithOpenAi(buildOpenAiCall(target, request)),
  );
}
