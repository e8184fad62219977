import type { Config } from "../../../config/load-config";
import type { LanguageModel } from "../../../core/model/language-model";
import {
  configuredProviders,
  createLanguageModels,
  providerVariables,
} from "../../../providers/configured-providers";
import { AppError } from "../../errors/app-error";

/** `latency` asks for the faster model of `LLM_LATENCY_OPTIMIZED_MODEL`, when one is set. */
export type ModelPreference = "quality" | "latency";

/** The models for a compatible-API request: every configured provider, in fallback order. */
export function chooseCompatModels(
  config: Config,
  preference: ModelPreference,
  latencyOptimizedModel: string | undefined,
): LanguageModel[] {
  const providers = configuredProviders(config);
  if (providers.length === 0) {
    const variables = providerVariables().join(", ");
    throw new AppError(
      "provider_not_configured",
      { variables },
      { variables: providerVariables() },
    );
  }
  const model = preference === "latency" ? latencyOptimizedModel : undefined;
  return createLanguageModels(providers, { model });
}
