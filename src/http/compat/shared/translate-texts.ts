import type { MarkupReading } from "../../../core/article/markup-reading";
import { reassembleBody } from "../../../core/article/reassemble-article";
import type { GlossaryEntry } from "../../../core/glossary/glossary-schema";
import type { TargetLanguage } from "../../../core/languages/languages";
import {
  type TranslationDependencies,
  translateArticle,
} from "../../../core/pipeline/translate-article";
import type { TranslationStyle } from "../../../core/prompt/translation-style";
import { buildTextsDocument, splitTextsBody, type TextsFormat } from "./texts-document";

export interface TextsRequest {
  readonly texts: readonly string[];
  readonly format: TextsFormat;
  /** For markup: read as XML, and the elements kept, split on or not (DeepL's tag handling). */
  readonly markup?: MarkupReading;
  readonly language: TargetLanguage;
  readonly glossary: readonly GlossaryEntry[];
  /** Context and register: reach the prompt and the cache keys, never the output. */
  readonly style?: TranslationStyle;
}

export interface TextsTranslation {
  /** One per input text, in order; empty texts come back empty. */
  readonly texts: readonly string[];
}

/**
 * Translates the texts of one request together: one document, no summary, through the core
 * pipeline (cache, retries, fallback). When no text has anything to translate, no model is
 * called and no provider is needed.
 */
export async function translateTexts(
  loadDependencies: () => Promise<TranslationDependencies>,
  request: TextsRequest,
): Promise<TextsTranslation> {
  const document = buildTextsDocument(request.texts, request.format, request.markup);
  if (document.segments.length === 0) {
    return { texts: splitTextsBody(reassembleBody(document, []), request.texts.length) };
  }
  const outcome = await translateArticle(await loadDependencies(), {
    document,
    languages: [request.language],
    summaryBullets: 0,
    bypassCache: false,
    glossary: request.glossary,
    ...(request.style ? { style: request.style } : {}),
  });
  const result = outcome.results.get(request.language.code);
  if (!result) throw new Error(`No translation came back for ${request.language.code}`);
  return { texts: splitTextsBody(result.body, request.texts.length) };
}
