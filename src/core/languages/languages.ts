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
  /** Output tokens per source character, to size each call's output limit. */
  readonly outputTokensPerSourceCharacter: number;
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
    outputTokensPerSourceCharacter: 0.3,
    promptNotes: [
      "Use international English news style: `$3.3 million`, `€54 billion`, `13 March 2025`, `1.5%`.",
      "Official names: Kassym-Jomart Tokayev, Astana (not Nur-Sultan), Almaty.",
    ],
  },
  {
    code: "kk",
    promptName: "Kazakh",
    names: { en: "Kazakh", fr: "kazakh", kk: "қазақ тілі", ru: "казахский" },
    script: "Cyrl",
    outputTokensPerSourceCharacter: 0.7,
    promptNotes: [
      "Write Kazakh in the Cyrillic script with its own letters (ә ғ қ ң ө ұ ү һ і); never slip Russian words or sentences in.",
      "Numbers and dates: `3,3 млн доллар`, `54 млрд еуро`, `2025 жылғы 13 наурыз`.",
      "Official names: Қасым-Жомарт Тоқаев, Астана (not Нұр-Сұлтан), Алматы.",
    ],
  },
  {
    code: "ru",
    promptName: "Russian",
    names: { en: "Russian", fr: "russe", kk: "орыс тілі", ru: "русский" },
    script: "Cyrl",
    outputTokensPerSourceCharacter: 0.5,
    promptNotes: [
      "Numbers and dates: `3,3 млн долларов`, `54 млрд евро`, `13 марта 2025 года`.",
      "Official names: Касым-Жомарт Токаев, Астана (not Нур-Султан), Алматы.",
    ],
  },
];

export const defaultTargetCodes: readonly string[] = targetLanguages.map(
  (language) => language.code,
);

export function findTargetLanguage(code: string): TargetLanguage | undefined {
  return targetLanguages.find((language) => language.code === code);
}
