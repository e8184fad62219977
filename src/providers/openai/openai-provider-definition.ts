import { presentSetting } from "../present-setting";
import type { ProviderDefinition } from "../provider-definition";
import { createOpenAiLanguageModel } from "./openai-language-model";

/** Sent when a local OpenAI-compatible server needs no key; the SDK insists on one. */
const placeholderApiKey = "not-needed";

export const openAiProviderDefinition: ProviderDefinition = {
  name: "openai",
  defaultModel: "gpt-5.4-mini",
  variables: { apiKey: "OPENAI_API_KEY", baseUrl: "OPENAI_BASE_URL", model: "OPENAI_MODEL" },
  isConfigured: (settings) =>
    presentSetting(settings.apiKey) !== undefined || presentSetting(settings.baseUrl) !== undefined,
  create: (settings, fetchImplementation) =>
    createOpenAiLanguageModel({
      apiKey: presentSetting(settings.apiKey) ?? placeholderApiKey,
      baseUrl: presentSetting(settings.baseUrl),
      modelId: presentSetting(settings.model) ?? openAiProviderDefinition.defaultModel,
      fetch: fetchImplementation,
    }),
};
