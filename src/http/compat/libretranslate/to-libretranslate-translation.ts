import type { TextsTranslation } from "../shared/translate-texts";
import type { DetectedLanguage } from "./detect-libretranslate-source";
import type { LibreTranslation } from "./libretranslate-schemas";
import type { LibreTranslateRequest } from "./parse-libretranslate-request";

/** `translatedText` in the shape `q` had; `detectedLanguage` when the source was `auto`. */
export function toLibreTranslateTranslation(
  request: LibreTranslateRequest,
  translation: TextsTranslation,
  detected: DetectedLanguage | undefined,
): LibreTranslation {
  const texts = [...translation.texts];
  if (request.batch) {
    return {
      translatedText: texts,
      ...(detected ? { detectedLanguage: texts.map(() => detected) } : {}),
      ...(request.alternatives > 0 ? { alternatives: texts.map(() => []) } : {}),
    };
  }
  return {
    translatedText: texts[0] ?? "",
    ...(detected ? { detectedLanguage: detected } : {}),
    ...(request.alternatives > 0 ? { alternatives: [] } : {}),
  };
}
