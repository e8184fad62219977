import { findTargetLanguage, type TargetLanguage } from "../languages/languages";
import type { LanguageResult } from "./translate-article";

/** The languages the models must write: a derived language is replaced by its base. */
export function languagesToProduce(languages: readonly TargetLanguage[]): TargetLanguage[] {
  const produced = new Map<string, TargetLanguage>();
  for (const language of languages) {
    const base = language.derivedFrom ? findTargetLanguage(language.derivedFrom.code) : language;
    if (base) produced.set(base.code, base);
  }
  return [...produced.values()];
}

/** A derived language's result: its base's, transformed (Kazakh Cyrillic → Latin). */
export function deriveResult(language: TargetLanguage, base: LanguageResult): LanguageResult {
  const transform = language.derivedFrom?.transform;
  if (!transform) return base;
  return {
    ...base,
    title: base.title === null ? null : transform(base.title),
    body: transform(base.body),
    summary: base.summary?.map(transform) ?? null,
  };
}
