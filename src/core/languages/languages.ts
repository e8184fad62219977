import { transliterateKazakhToLatin } from "../transliteration/transliterate-kazakh-to-latin";

/**
 * Languages are data: adding a target is a new entry here (and its locale names),
 * not a new branch in the pipeline.
 */
export interface TargetLanguage {
  readonly code: string;
  /** English name, used inside prompts. */
  readonly promptName: string;
  /** Names shown to users by `GET /v1/languages`, keyed by UI language. */
  readonly names: Readonly<Record<"en" | "fr" | "kk" | "ru", string>>;
  readonly script: "Latn" | "Cyrl";
  /** Extra rules for the translator, one per line, added to the system prompt. */
  readonly promptNotes: readonly string[];
  /**
   * Output tokens per French source character (o200k-style tokenizers), to balance the calls
   * and size each call's output limit.
   */
  readonly outputTokensPerSourceCharacter: number;
  /** The language profile the quality checks apply. */
  readonly qualityProfile: "en" | "kk" | "ru";
  /** A language made from another one's translation without a model call (a change of script). */
  readonly derivedFrom?: { readonly code: string; readonly transform: (text: string) => string };
}

export interface SourceLanguage {
  readonly code: string;
  readonly names: Readonly<Record<"en" | "fr" | "kk" | "ru", string>>;
}

export const sourceLanguages: readonly SourceLanguage[] = [
  { code: "fr", names: { en: "French", fr: "français", kk: "француз тілі", ru: "французский" } },
];

export const targetLanguages: readonly TargetLanguage[] = [
  {
    code: "en",
    promptName: "English",
    names: { en: "English", fr: "anglais", kk: "ағылшын тілі", ru: "английский" },
    script: "Latn",
    outputTokensPerSourceCharacter: 0.25,
    qualityProfile: "en",
    promptNotes: [],
  },
  {
    code: "kk",
    promptName: "Kazakh",
    names: { en: "Kazakh", fr: "kazakh", kk: "қазақ тілі", ru: "казахский" },
    script: "Cyrl",
    outputTokensPerSourceCharacter: 0.45,
    qualityProfile: "kk",
    promptNotes: [
      "Cyrillic with Kazakh letters (ә ғ қ ң ө ұ ү һ і), no Russian words; `3,3 млн доллар`, `2025 жылғы 13 наурыз`.",
    ],
  },
  {
    code: "ru",
    promptName: "Russian",
    names: { en: "Russian", fr: "russe", kk: "орыс тілі", ru: "русский" },
    script: "Cyrl",
    outputTokensPerSourceCharacter: 0.4,
    qualityProfile: "ru",
    promptNotes: ["`3,3 млн долларов`, `13 марта 2025 года`."],
  },
  {
    code: "kk-Latn",
    promptName: "Kazakh",
    names: {
      en: "Kazakh (Latin script)",
      fr: "kazakh (alphabet latin)",
      kk: "қазақ тілі (латын әліпбиі)",
      ru: "казахский (латиница)",
    },
    script: "Latn",
    outputTokensPerSourceCharacter: 0.7,
    qualityProfile: "kk",
    promptNotes: [],
    derivedFrom: { code: "kk", transform: transliterateKazakhToLatin },
  },
];

/** The targets translated when a request names none: every language the models write. */
export const defaultTargetCodes: readonly string[] = targetLanguages
  .filter((language) => !language.derivedFrom)
  .map((language) => language.code);

/** Language tags compare case-insensitively (`kk-latn` is `kk-Latn`). */
export function findTargetLanguage(code: string): TargetLanguage | undefined {
  const wanted = code.toLowerCase();
  return targetLanguages.find((language) => language.code.toLowerCase() === wanted);
}
