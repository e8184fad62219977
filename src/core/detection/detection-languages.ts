/** A language the detector knows, with the script it is written in. */
export interface DetectionLanguage {
  /** ISO 639-1. */
  readonly code: string;
  /** ISO 15924. */
  readonly script: "Latn" | "Cyrl";
  readonly englishName: string;
}

/**
 * The languages of the built-in profiles: the four of the service (fr, en, ru, kk) and the
 * neighbours a detector must tell apart from them. Order is the order of the profile data.
 */
export const detectionLanguages: readonly DetectionLanguage[] = [
  { code: "fr", script: "Latn", englishName: "French" },
  { code: "en", script: "Latn", englishName: "English" },
  { code: "de", script: "Latn", englishName: "German" },
  { code: "tr", script: "Latn", englishName: "Turkish" },
  { code: "az", script: "Latn", englishName: "Azerbaijani" },
  { code: "uz", script: "Latn", englishName: "Uzbek" },
  { code: "ru", script: "Cyrl", englishName: "Russian" },
  { code: "uk", script: "Cyrl", englishName: "Ukrainian" },
  { code: "be", script: "Cyrl", englishName: "Belarusian" },
  { code: "kk", script: "Cyrl", englishName: "Kazakh" },
  { code: "ky", script: "Cyrl", englishName: "Kyrgyz" },
  { code: "tt", script: "Cyrl", englishName: "Tatar" },
  { code: "ba", script: "Cyrl", englishName: "Bashkir" },
];

export const detectionLanguageCodes: readonly string[] = detectionLanguages.map(
  (language) => language.code,
);
