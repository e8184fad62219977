import { findTargetLanguage, type TargetLanguage } from "../../../core/languages/languages";
import { countCharacters } from "../shared/count-characters";
import type { TextsFormat } from "../shared/texts-document";
import { LibreTranslateError } from "./libretranslate-error";
import { isLibreTranslateSource } from "./libretranslate-languages";
import {
  type LibreTranslateParameters,
  libreTranslateParametersSchema,
} from "./libretranslate-schemas";

export interface LibreTranslateRequest {
  readonly texts: readonly string[];
  /** `q` was an array: `translatedText` is then an array too. */
  readonly batch: boolean;
  readonly autoDetect: boolean;
  readonly language: TargetLanguage;
  readonly format: TextsFormat;
  readonly alternatives: number;
}

/** Validates `/translate` parameters and refuses, as LibreTranslate does, what it would refuse. */
export function parseLibreTranslateRequest(
  fields: Readonly<Record<string, unknown>>,
  maxCharacters: number,
): LibreTranslateRequest {
  const parsed = libreTranslateParametersSchema.safeParse(fields);
  if (!parsed.success) {
    throw new LibreTranslateError(400, parsed.error.issues[0]?.message ?? "Invalid request");
  }
  const body = parsed.data;
  const texts = typeof body.q === "string" ? [body.q] : body.q;
  checkSize(texts, maxCharacters);
  return {
    texts,
    batch: Array.isArray(body.q),
    autoDetect: checkSource(body.source),
    language: findTarget(body.target),
    format: body.format ?? "text",
    alternatives: body.alternatives ?? 0,
  };
}

/** True for `auto`; `fr` is the only other source accepted. */
function checkSource(source: LibreTranslateParameters["source"]): boolean {
  const code = source.trim().toLowerCase();
  if (code === "auto") return true;
  if (!isLibreTranslateSource(code))
    throw new LibreTranslateError(400, `${source} is not supported`);
  return false;
}

/** Any of our targets, in any case (`kk-latn` for `kk-Latn`). */
function findTarget(target: string): TargetLanguage {
  const language = findTargetLanguage(target.trim());
  if (!language) throw new LibreTranslateError(400, `${target} is not supported`);
  return language;
}

function checkSize(texts: readonly string[], maxCharacters: number): void {
  const characters = texts.reduce((sum, text) => sum + countCharacters(text), 0);
  if (characters > maxCharacters) {
    throw new LibreTranslateError(
      400,
      `Invalid request: request (${characters}) exceeds text limit (${maxCharacters})`,
    );
  }
}
