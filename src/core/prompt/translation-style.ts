/**
 * How the caller wants the text written, beyond the language (DeepL's `formality`,
 * `context`, and the English variant of `EN-GB` or `EN-US`).
 */
export interface TranslationStyle {
  readonly formality?: "formal" | "informal" | undefined;
  /** British or American spelling and usage in English text. */
  readonly englishVariant?: "british" | "american" | undefined;
  /** Text around the article that helps understand it; never translated. */
  readonly context?: string | undefined;
}

const formalityNotes = {
  formal: "Register: formal (address readers with the polite forms).",
  informal: "Register: informal (address readers with the familiar forms).",
} as const;

const englishVariantNotes = {
  british: "English: British spelling and usage (colour, organise, centre, per cent).",
  american: "English: American spelling and usage (color, organize, center, percent).",
} as const;

/** The lines a translation call carries for the style, empty when none is asked for. */
export function renderStyleInstructions(style: TranslationStyle | undefined): string {
  const lines = [
    ...(style?.context
      ? [
          `Context, for understanding only (do not translate it): ${style.context.replace(/\s+/g, " ").trim()}`,
        ]
      : []),
    ...(style?.formality ? [formalityNotes[style.formality]] : []),
    ...(style?.englishVariant ? [englishVariantNotes[style.englishVariant]] : []),
  ];
  return lines.map((line) => `${line}\n`).join("");
}
