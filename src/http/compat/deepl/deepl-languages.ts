import { findTargetLanguage, type TargetLanguage } from "../../../core/languages/languages";

/** A target language as DeepL lists it, and the language of ours it maps to. */
export interface DeepLTarget {
  readonly code: string;
  readonly name: string;
  readonly language: TargetLanguage;
  readonly supportsFormality: boolean;
  /** The English variant asked for (EN-GB, EN-US): the prompt says which spelling to use. */
  readonly englishVariant?: "british" | "american";
}

function target(
  code: string,
  name: string,
  ours: string,
  supportsFormality: boolean,
  englishVariant?: DeepLTarget["englishVariant"],
): DeepLTarget {
  const language = findTargetLanguage(ours);
  if (!language) throw new Error(`Unknown target language ${ours}`);
  return { code, name, language, supportsFormality, ...(englishVariant ? { englishVariant } : {}) };
}

/**
 * What `/v2/languages?type=target` lists; both English variants get our English, written
 * with their own spelling, and Latin Kazakh is named with a script subtag as DeepL names
 * ZH-HANS.
 */
export const deepLTargets: readonly DeepLTarget[] = [
  target("EN-GB", "English (British)", "en", false, "british"),
  target("EN-US", "English (American)", "en", false, "american"),
  target("KK", "Kazakh", "kk", false),
  target("KK-LATN", "Kazakh (Latin script)", "kk-Latn", false),
  target("RU", "Russian", "ru", true),
];

/** Accepted without being listed, as DeepL accepts the deprecated `EN`: no variant asked. */
const unlistedTargets: readonly DeepLTarget[] = [target("EN", "English", "en", false)];

export const deepLSources: ReadonlyArray<{ readonly code: string; readonly name: string }> = [
  { code: "FR", name: "French" },
];

/** The target for a `target_lang` value, in any case (`en-gb`, `EN-GB`, `EN`). */
export function findDeepLTarget(code: string): DeepLTarget | undefined {
  const upper = code.trim().toUpperCase();
  return [...deepLTargets, ...unlistedTargets].find((candidate) => candidate.code === upper);
}

export function isDeepLSource(code: string): boolean {
  return deepLSources.some((source) => source.code === code.trim().toUpperCase());
}
