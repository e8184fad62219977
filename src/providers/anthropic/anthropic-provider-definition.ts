import { presentSetting } from "../present-setting";
import type { ProviderDefinition } from "../provider-definition";
import { createAnthropicLanguageModel } from "./anthropic-language-model";

export const anthropicProviderDefinition: ProviderDefinition = {
  name: "anthropic",
  defaultModel: "claude-sonnet-4-6",
  variables: {
    apiKey: "ANTHROPIC_API_KEY",
    baseUrl: "ANTHROPIC_BASE_URL",
    model: "ANTHROPIC_MODEL",
  },
  isConfigured: (settings) => presentSetting(settings.apiKey) !== undefined,
  create: (settings, fetchImplementation) =>
    createAnthropicLanguageModel({
      apiKey: presentSetting(settings.apiKey) ?? "",
      baseUrl: presentSetting(settings.baseUrl),
      modelId: presentSetting(settings.model) ?? anthropicProviderDefinition.defaultModel,
      fetch: fetchImplementation,
    }),
};
