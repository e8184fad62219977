import { findTargetLanguage, type TargetLanguage } from "../../../core/languages/languages";

/** A target language as DeepL lists it, and the language of ours it maps to. */
export interface DeepLTarget {
  readonly code: string;
  readonly name: string;
  readonly language: TargetLanguage;
  readonly supportsFormality: boolean;
}

function target(code: string, name: string, ours: string, supportsFormality: boolean): DeepLTarget {
  const language = findTargetLanguage(ours);
  if (!language) throw new Error(`Unknown target language ${ours}`);
  return { code, name, language, supportsFormality };
}

/**
 * What `/v2/languages?type=target` lists; both English variants get our English, and Latin
 * Kazakh is named with a script subtag as DeepL names ZH-HANS.
 */
export const deepLTargets: readonly DeepLTarget[] = [
  target("EN-GB", "English (British)", "en", false),
  target("EN-US", "English (American)", "en", false),
  target("KK", "Kazakh", "kk", false),
  target("KK-LATN", "Kazakh (Latin script)", "kk-Latn", false),
  target("RU", "Russian", "ru", true),
];

/** Accepted as targets without being listed, as DeepL accepts the deprecated `EN`. */
const targetAliases: Readonly<Record<string, string>> = { EN: "EN-GB" };

export const deepLSources: ReadonlyArray<{ readonly code: string; readonly name: string }> = [
  { code: "FR", name: "French" },
];

/** The target for a `target_lang` value, in any case (`en-gb`, `EN-GB`, `EN`). */
export function findDeepLTarget(code: string): DeepLTarget | undefined {
  const upper = code.trim().toUpperCase();
  const canonical = targetAliases[upper] ?? upper;
  return deepLTargets.find((candidate) => candidate.code === canonical);
}

export function isDeepLSource(code: string): boolean {
  return deepLSources.some((source) => source.code === code.trim().toUpperCase());
}
