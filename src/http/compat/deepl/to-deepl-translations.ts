import type { TextsTranslation } from "../shared/translate-texts";
import type { DeepLTranslations } from "./deepl-schemas";
import type { DeepLTranslateRequest } from "./parse-deepl-translate-request";

/** One translation per text, in order; the source is always French. */
export function toDeepLTranslations(
  request: DeepLTranslateRequest,
  translation: TextsTranslation,
  billedCharacters: readonly number[],
  latencyModelAvailable: boolean,
): DeepLTranslations {
  const modelTypeUsed = modelTypeFor(request, latencyModelAvailable);
  return {
    translations: translation.texts.map((text, index) => ({
      detected_source_language: "FR",
      text,
      ...(request.showBilledCharacters ? { billed_characters: billedCharacters[index] ?? 0 } : {}),
      ...(modelTypeUsed ? { model_type_used: modelTypeUsed } : {}),
    })),
  };
}

/** Named only when asked for: `latency_optimized` only when a faster model is configured. */
function modelTypeFor(
  request: DeepLTranslateRequest,
  latencyModelAvailable: boolean,
): string | undefined {
  if (request.modelType === undefined) return undefined;
  return request.preference === "latency" && latencyModelAvailable
    ? "latency_optimized"
    : "quality_optimized";
}
