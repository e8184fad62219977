import { sourceLanguages, targetLanguages } from "../../../core/languages/languages";

export interface LibreTranslateLanguage {
  readonly code: string;
  readonly name: string;
  readonly targets: readonly string[];
}

const targetCodes = targetLanguages.map((language) => language.code);

/** French translates into every target; the targets are listed too, with nothing to translate into. */
export const libreTranslateLanguages: readonly LibreTranslateLanguage[] = [
  ...sourceLanguages.map((source) => ({
    code: source.code,
    name: source.names.en,
    targets: targetCodes,
  })),
  ...targetLanguages.map((target) => ({ code: target.code, name: target.names.en, targets: [] })),
];

export function isLibreTranslateSource(code: string): boolean {
  return sourceLanguages.some((source) => source.code === code);
}
