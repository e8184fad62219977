import type { LanguageModel } from "../core/model/language-model";

/** One provider's settings as read from the environment. Blank values count as unset. */
export interface ProviderSettings {
  readonly apiKey?: string;
  readonly baseUrl?: string;
  readonly model?: string;
}

/** Environment variable names that configure a provider. */
export interface ProviderVariables {
  readonly apiKey: string;
  readonly baseUrl: string;
  readonly model: string;
}

/** Data describing a provider: adding a vendor is a new definition, not a new branch. */
export interface ProviderDefinition {
  readonly name: string;
  readonly defaultModel: string;
  readonly variables: ProviderVariables;
  isConfigured(settings: ProviderSettings): boolean;
  create(settings: ProviderSettings, fetchImplementation?: typeof fetch): LanguageModel;
}
