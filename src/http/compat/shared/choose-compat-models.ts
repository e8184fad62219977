import type { Config } from "../../../config/load-config";
import type { LanguageModel } from "../../../core/model/language-model";
import { chooseModels } from "../../services/choose-models";

/** `latency` asks for the faster model of `LLM_LATENCY_OPTIMIZED_MODEL`, when one is set. */
export type ModelPreference = "quality" | "latency";

/** The models for a compatible-API request: every configured provider, in fallback order. */
export function chooseCompatModels(
  config: Config,
  preference: ModelPreference,
  latencyOptimizedModel: string | undefined,
): LanguageModel[] {
  return chooseModels(config, {
    model: preference === "latency" ? latencyOptimizedModel : undefined,
  });
}
