import { anthropicProviderDefinition } from "./anthropic/anthropic-provider-definition";
import { openAiProviderDefinition } from "./openai/openai-provider-definition";
import type { ProviderDefinition } from "./provider-definition";

export type {
  ProviderDefinition,
  ProviderSettings,
  ProviderVariables,
} from "./provider-definition";

/** Every supported provider, in default fallback order. A new vendor is one more entry. */
export const providerDefinitions: readonly ProviderDefinition[] = [
  openAiProviderDefinition,
  anthropicProviderDefinition,
];

export function findProviderDefinition(name: string): ProviderDefinition | undefined {
  return providerDefinitions.find((definition) => definition.name === name);
}
