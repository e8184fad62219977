import {
  defaultTargetCodes,
  findTargetLanguage,
  sourceLanguages,
  type TargetLanguage,
  targetLanguages,
} from "../../core/languages/languages";
import { AppError } from "../errors/app-error";

/** The requested target languages, or a 422 naming the first unsupported one. */
export function resolveTargetLanguages(codes: readonly string[] | undefined): TargetLanguage[] {
  return (codes ?? defaultTargetCodes).map((code) => {
    const language = findTargetLanguage(code);
    if (!language) {
      const supported = targetLanguages.map((target) => target.code).join(", ");
      throw new AppError(
        "unsupported_language",
        { language: code, supported },
        { field: "target_langs", value: code },
      );
    }
    return language;
  });
}

export function checkSourceLanguage(code: string): void {
  if (sourceLanguages.some((language) => language.code === code)) return;
  const supported = sourceLanguages.map((language) => language.code).join(", ");
  throw new AppError(
    "unsupported_language",
    { language: code, supported },
    { field: "source_lang", value: code },
  );
}
