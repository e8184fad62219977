import type { Config } from "../../config/load-config";
import type { LanguageModel } from "../../core/model/language-model";
import {
  configuredProviders,
  createLanguageModels,
  providerVariables,
} from "../../providers/configured-providers";
import { AppError } from "../errors/app-error";

/**
 * The provider chain for one request: every configured provider in fallback order, or only
 * the one asked for. No provider configured is a 503 naming the variables to set.
 */
export function chooseModels(
  config: Config,
  choice: { readonly provider?: string | undefined; readonly model?: string | undefined },
): LanguageModel[] {
  const providers = configuredProviders(config);
  if (providers.length === 0) {
    const variables = providerVariables();
    throw new AppError(
      "provider_not_configured",
      { variables: variables.join(", ") },
      { variables },
    );
  }
  const available = providers.map((provider) => provider.definition.name);
  if (choice.provider && !available.includes(choice.provider)) {
    throw new AppError(
      "unsupported_provider",
      { provider: choice.provider, available: available.join(", ") },
      { available },
    );
  }
  return createLanguageModels(providers, choice);
}
