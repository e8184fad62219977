import type { TargetLanguage } from "../languages/languages";
import type { TranslationProgress } from "./translation-progress";

/**
 * The progress a caller asked for: the events of the languages it requested, and for a
 * derived language (kk-Latn) its base's segments and summaries, transformed as they come. A
 * base language the caller did not ask for is made but not heard.
 */
export function requestedProgress(
  progress: TranslationProgress,
  languages: readonly TargetLanguage[],
): TranslationProgress {
  const requested = new Set(languages.map((language) => language.code));
  const derived = languages.flatMap(({ code, derivedFrom }) =>
    derivedFrom ? [{ code, base: derivedFrom.code, transform: derivedFrom.transform }] : [],
  );
  const derivedFrom = (base: string) => derived.filter((language) => language.base === base);
  return {
    segment(event) {
      if (requested.has(event.language)) progress.segment(event);
      for (const derived of derivedFrom(event.language)) {
        progress.segment({ ...event, language: derived.code, text: derived.transform(event.text) });
      }
    },
    summary(event) {
      if (requested.has(event.language)) progress.summary(event);
      for (const derived of derivedFrom(event.language)) {
        const bullets = event.bullets.map(derived.transform);
        progress.summary({ language: derived.code, bullets });
      }
    },
    language(event) {
      if (requested.has(event.language)) progress.language(event);
    },
  };
}
