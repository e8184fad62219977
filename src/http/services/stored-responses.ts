import type { Config } from "../../config/load-config";
import { defaultGlossaryEntries, defaultGlossaryName } from "../../core/glossary/default-glossary";
import { glossaryVersion } from "../../core/glossary/stored-glossary";
import { sha256Hex } from "../../core/hash/sha256-hex";
import { configuredProviders } from "../../providers/configured-providers";
import type { TranslationRequestBody } from "../schemas/translation-request-schema";
import type { TranslationResponse } from "../schemas/translation-response-schema";
import { bundledPromptVersion } from "./bundled-prompts";

/** Bumped when the response's shape or what goes into its key changes. */
const formatVersion = "v1";

let defaultGlossaryVersion: Promise<string> | undefined;

/**
 * The key of a whole JSON response, taken from the request's bytes as sent, the prompts, the
 * bundled glossary and the configured providers, so that a repeated request is answered with
 * one KV read, before the article is parsed, hashed or matched against the glossary.
 * `null` when the request names a stored glossary: its entries may have changed since.
 * The body is hashed once, as it came: no copy, no escaping.
 */
export async function storedResponseKey(
  rawBody: string,
  body: Pick<TranslationRequestBody, "glossary">,
  config: Config,
): Promise<string | null> {
  if (typeof body.glossary === "string" && body.glossary !== defaultGlossaryName) return null;
  defaultGlossaryVersion ??= glossaryVersion(defaultGlossaryEntries);
  const providers = configuredProviders(config).map(({ definition, settings }) => [
    definition.name,
    settings.model ?? "",
    settings.baseUrl ?? "",
  ]);
  const settings = JSON.stringify([
    await bundledPromptVersion(),
    await defaultGlossaryVersion,
    providers,
    config.QA_REPAIR,
    config.QA_CHECKS,
  ]);
  return `response:${formatVersion}:${await sha256Hex(`${settings}\n${rawBody}`)}`;
}

/**
 * The response as a later request for the same article gets it: every language served whole
 * from the cache, nothing spent.
 */
export function asCacheHit(response: TranslationResponse): TranslationResponse {
  const languages = Object.fromEntries(
    Object.entries(response.meta.languages).map(([code, language]) => [
      code,
      {
        ...language,
        cache: "hit" as const,
        segments_hit: language.segments_hit + language.segments_missed,
        segments_missed: 0,
      },
    ]),
  );
  const { hit, missed } = response.meta.segments;
  return {
    ...response,
    meta: {
      ...response.meta,
      cache: "hit",
      usage: { input_tokens: 0, output_tokens: 0, llm_calls: 0 },
      languages,
      segments: { hit: hit + missed, missed: 0 },
    },
  };
}
