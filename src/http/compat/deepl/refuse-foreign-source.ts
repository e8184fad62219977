import { assessSourceLanguage } from "../shared/assess-source-language";
import { DeepLError } from "./deepl-error";

/** Without `source_lang`, texts confidently in another language than French are refused. */
export function refuseForeignSource(texts: readonly string[], format: "text" | "html"): void {
  const assessment = assessSourceLanguage(texts, format);
  if (assessment.verdict === "french") return;
  const detected = assessment.detection.language.toUpperCase();
  throw new DeepLError(
    400,
    `Source language ${detected} detected, but only French (FR) is supported as a source language.`,
  );
}
