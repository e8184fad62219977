import type { NumberLocale } from "./number-locale";
import type { QaTargetLanguage } from "./qa-report";

/** Translation length / source length (characters); outside `warn` warns, outside `block` blocks. */
export interface LengthRatioBand {
  readonly warnBelow: number;
  readonly warnAbove: number;
  readonly blockBelow: number;
  readonly blockAbove: number;
}

/** What the checks need to know about a target language. Adding kk-Latn is a new entry. */
export interface TargetProfile {
  readonly language: QaTargetLanguage;
  readonly script: "Latn" | "Cyrl";
  readonly numberLocale: NumberLocale;
  /** Names and terms take case endings (Токаева, Тоқаевтың). */
  readonly inflected: boolean;
  /** Which slip of a neighbouring language the language check looks for. */
  readonly languageSlip: "russian-in-kazakh" | "kazakh-in-russian" | "none";
  readonly lengthRatio: LengthRatioBand;
}

/** Length bands tuned on NTREX fr→en/ru/kk human references (see scripts/eval-qa.ts). */
export const targetProfiles: Record<QaTargetLanguage, TargetProfile> = {
  en: {
    language: "en",
    script: "Latn",
    numberLocale: "en",
    inflected: false,
    languageSlip: "none",
    lengthRatio: { warnBelow: 0.5, warnAbove: 1.5, blockBelow: 0.28, blockAbove: 3 },
  },
  ru: {
    language: "ru",
    script: "Cyrl",
    numberLocale: "ru",
    inflected: true,
    languageSlip: "kazakh-in-russian",
    lengthRatio: { warnBelow: 0.5, warnAbove: 1.75, blockBelow: 0.28, blockAbove: 3 },
  },
  kk: {
    language: "kk",
    script: "Cyrl",
    numberLocale: "kk",
    inflected: true,
    languageSlip: "russian-in-kazakh",
    lengthRatio: { warnBelow: 0.5, warnAbove: 1.75, blockBelow: 0.28, blockAbove: 3 },
  },
};
