import Anthropic from "@anthropic-ai/sdk";
import type { LanguageModel } from "../../core/model/language-model";
import { languageModelFromCalls } from "../language-model-from-calls";
import { type AnthropicCallTarget, buildAnthropicCall } from "./anthropic-call";
import { generateWithAnthropic } from "./generate-with-anthropic";
import { streamWithAnthropic } from "./stream-with-anthropic";

export interface AnthropicLanguageModelOptions {
  readonly apiKey: string;
  readonly baseUrl?: string;
  readonly modelId: string;
  readonly fetch?: typeof fetch;
}

const providerName = "anthropic";
/** Explicit, so the SDK never falls back to an `ANTHROPIC_BASE_URL` it reads on its own. */
const officialBaseUrl = "https://api.anthropic.com";

/** A `LanguageModel` over the official Anthropic SDK (Messages API). */
export function createAnthropicLanguageModel(
  options: AnthropicLanguageModelOptions,
): LanguageModel {
  const target: AnthropicCallTarget = {
    client: new Anthropic({
      apiKey: options.apiKey,
      baseURL: options.baseUrl ?? officialBaseUrl,
      // Retries belong to our core, which also owns the backoff.
      maxRetries: 0,
      fetch: options.fetch,
    }),
    provider: providerName,
    apiKey: options.apiKey,
    defaultModelId: options.modelId,
  };
  return languageModelFromCalls(
    { provider: providerName, modelId: options.modelId },
    (request) => generateWithAnthropic(buildAnthropicCall(target, request)),
    (request) => streamWithAnthropic(buildAnthropicCall(target, request)),
  );
}
