import type { Config } from "../config/load-config";
import type { LanguageModel } from "../core/model/language-model";
import {
  findProviderDefinition,
  type ProviderDefinition,
  type ProviderSettings,
  providerDefinitions,
} from "./provider-registry";

export interface ConfiguredProvider {
  readonly definition: ProviderDefinition;
  readonly settings: ProviderSettings;
}

/** The providers to use, in order: `LLM_PROVIDERS` when set, otherwise every configured one. */
export function configuredProviders(config: Config): ConfiguredProvider[] {
  const names =
    config.LLM_PROVIDERS.length > 0
      ? config.LLM_PROVIDERS
      : providerDefinitions.map((definition) => definition.name);
  return names.flatMap((name) => {
    const definition = findProviderDefinition(name);
    if (!definition) return [];
    const settings = readSettings(config, definition);
    return definition.isConfigured(settings) ? [{ definition, settings }] : [];
  });
}

function readSettings(config: Config, definition: ProviderDefinition): ProviderSettings {
  const values: Readonly<Record<string, string | undefined>> = config as unknown as Record<
    string,
    string | undefined
  >;
  return {
    apiKey: values[definition.variables.apiKey],
    baseUrl: values[definition.variables.baseUrl],
    model: values[definition.variables.model],
  };
}

/**
 * Adapters for one request. An explicit provider means that provider only; an explicit
 * model applies to the first provider, the fallbacks keep their own models.
 */
export function createLanguageModels(
  providers: readonly ConfiguredProvider[],
  choice: { readonly provider?: string | undefined; readonly model?: string | undefined },
): LanguageModel[] {
  const chosen = choice.provider
    ? providers.filter((provider) => provider.definition.name === choice.provider)
    : providers;
  return chosen.map(({ definition, settings }, index) =>
    definition.create(
      index === 0 && choice.model ? { ...settings, model: choice.model } : settings,
    ),
  );
}

/** Each variable that on its own configures a provider, for the `provider_not_configured` error. */
export function providerVariables(): string[] {
  return providerDefinitions.flatMap((definition) => {
    const { apiKey, baseUrl } = definition.variables;
    return [
      ...(definition.isConfigured({ apiKey: "set" }) ? [apiKey] : []),
      ...(definition.isConfigured({ baseUrl: "http://set" }) ? [baseUrl] : []),
    ];
  });
}
