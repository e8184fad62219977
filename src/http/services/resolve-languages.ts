import type { ArticleDocument } from "../../core/article/article-document";
import { detectLanguage } from "../../core/detection/detect-language";
import { foreignSourceLanguage } from "../../core/detection/foreign-source-language";
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

/** A 422 when the article plainly is not in its source language (an English article sent as French). */
export function checkArticleLanguage(document: ArticleDocument, sourceCode: string): void {
  const units = document.title ? [document.title, ...document.segments] : document.segments;
  const text = units.map((unit) => unit.text).join("\n");
  const detected = foreignSourceLanguage(text, sourceCode, (sample) => detectLanguage(sample));
  if (detected === undefined) return;
  const confidence = Number(detected.confidence.toFixed(2));
  const supported = sourceLanguages.map((language) => language.code).join(", ");
  throw new AppError(
    "source_language_mismatch",
    { language: detected.language, confidence, expected: sourceCode, supported },
    { field: "article", detected: detected.language, confidence },
  );
}
