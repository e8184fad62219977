import type { MarkupReading } from "../../../core/article/markup-reading";
import type { ModelPreference } from "../shared/choose-compat-models";
import { countCharacters } from "../shared/count-characters";
import type { RequestParameters } from "../shared/read-request-parameters";
import type { StyleHints } from "../shared/run-compat-translation";
import type { TextsFormat } from "../shared/texts-document";
import { DeepLError } from "./deepl-error";
import { type DeepLTarget, findDeepLTarget, isDeepLSource } from "./deepl-languages";
import {
  type DeepLTranslateParameters,
  deepLTranslateParametersSchema,
  maxDeepLTexts,
} from "./deepl-schemas";

export interface DeepLTranslateRequest {
  readonly texts: readonly string[];
  readonly target: DeepLTarget;
  /** False when `source_lang` was left out: the texts must then be checked for French. */
  readonly sourceGiven: boolean;
  /** HTML for both `html` and `xml` tag handling. */
  readonly format: TextsFormat;
  /** With tag handling: XML or HTML, and the ignore, splitting and non-splitting tags. */
  readonly markup: MarkupReading;
  readonly style: StyleHints;
  readonly glossaryId: string | undefined;
  readonly showBilledCharacters: boolean;
  /** Absent when the caller did not ask, so the response does not name one. */
  readonly modelType: DeepLTranslateParameters["model_type"];
  readonly preference: ModelPreference;
}

/** Validates `/v2/translate` parameters and refuses, as DeepL does, what it would refuse. */
export function parseDeepLTranslateRequest(
  parameters: RequestParameters,
  maxCharacters: number,
): DeepLTranslateRequest {
  const fields = withTextList(parameters);
  if (Array.isArray(fields.text) && fields.text.length > maxDeepLTexts) {
    throw new DeepLError(413, `Too many texts: at most ${maxDeepLTexts} per request.`);
  }
  const parsed = deepLTranslateParametersSchema.safeParse(fields);
  if (!parsed.success) throw new DeepLError(400, parsed.error.issues[0]?.message ?? "Bad request.");
  const body = parsed.data;
  const target = findDeepLTarget(body.target_lang);
  if (!target) throw new DeepLError(400, "Value for 'target_lang' not supported.");
  checkSource(body);
  checkFormality(body, target);
  checkSize(body.text, maxCharacters);
  return toRequest(body, target);
}

/** A form's single `text` is a list of one; in JSON, `text` must already be an array. */
function withTextList(parameters: RequestParameters): Record<string, unknown> {
  const { text } = parameters.fields;
  const single = parameters.encoding === "form" && typeof text === "string";
  return { ...parameters.fields, text: single ? [text] : text };
}

function checkSource(body: DeepLTranslateParameters): void {
  if (body.source_lang !== undefined && !isDeepLSource(body.source_lang)) {
    throw new DeepLError(400, "Value for 'source_lang' not supported.");
  }
  if (body.glossary_id !== undefined && body.source_lang === undefined) {
    throw new DeepLError(400, "Parameter 'source_lang' is required when a glossary is used.");
  }
}

function checkFormality(body: DeepLTranslateParameters, target: DeepLTarget): void {
  const strict = body.formality === "more" || body.formality === "less";
  if (strict && !target.supportsFormality) {
    throw new DeepLError(400, "Target language doesn't support formality");
  }
}

function checkSize(texts: readonly string[], maxCharacters: number): void {
  const characters = texts.reduce((sum, text) => sum + countCharacters(text), 0);
  if (characters > maxCharacters) {
    throw new DeepLError(
      413,
      `Request Entity Too Large: at most ${maxCharacters} characters per request.`,
    );
  }
}

function toRequest(body: DeepLTranslateParameters, target: DeepLTarget): DeepLTranslateRequest {
  return {
    texts: body.text,
    target,
    sourceGiven: body.source_lang !== undefined,
    format: body.tag_handling === undefined ? "text" : "html",
    markup: toMarkupReading(body),
    style: {
      formality: toFormality(body.formality),
      context: body.context,
      englishVariant: target.englishVariant,
    },
    glossaryId: body.glossary_id,
    showBilledCharacters: body.show_billed_characters ?? false,
    modelType: body.model_type,
    preference: body.model_type === "latency_optimized" ? "latency" : "quality",
  };
}

/** Tag names compare in lower case, as the HTML reader names elements. */
function tagNames(tags: readonly string[] | undefined): string[] | undefined {
  return tags?.map((tag) => tag.trim().toLowerCase()).filter(Boolean);
}

function toMarkupReading(body: DeepLTranslateParameters): MarkupReading {
  return {
    xml: body.tag_handling === "xml",
    keptElements: tagNames(body.ignore_tags),
    splittingElements: tagNames(body.splitting_tags),
    nonSplittingElements: tagNames(body.non_splitting_tags),
  };
}

function toFormality(formality: DeepLTranslateParameters["formality"]): StyleHints["formality"] {
  if (formality === "more" || formality === "prefer_more") return "formal";
  if (formality === "less" || formality === "prefer_less") return "informal";
  return undefined;
}
