import type { Context } from "hono";
import { loadConfig } from "../../../config/load-config";
import { sha256Hex } from "../../../core/hash/sha256-hex";
import { type Coalesced, InFlightRequests } from "../../../core/pipeline/in-flight-requests";
import type { TranslationDependencies } from "../../../core/pipeline/translate-article";
import type { TranslationStyle } from "../../../core/prompt/translation-style";
import type { AppEnv } from "../../app-env";
import { buildTranslationDependencies } from "../../services/build-translation-dependencies";
import { chooseCompatModels, type ModelPreference } from "./choose-compat-models";
import { loadCompatConfig } from "./compat-config";
import { type TextsRequest, type TextsTranslation, translateTexts } from "./translate-texts";

/** What DeepL callers may ask about style: context (never translated, never billed), formality. */
export type StyleHints = TranslationStyle;

export interface CompatTranslationRequest extends TextsRequest {
  readonly clientId: string;
  readonly preference: ModelPreference;
  readonly style: StyleHints;
}

/** One per isolate: a module-level map from a request digest to the run in flight. */
const inFlight = new InFlightRequests<TextsTranslation>();

/**
 * Translates for a compatible API. An identical request from the same client already in
 * flight (a client that timed out and retried) joins that run instead of starting another;
 * the run is kept alive with `waitUntil`, so it still finishes and fills the cache when the
 * first caller has gone. `joined` tells the caller not to bill the characters twice.
 */
export async function runCompatTranslation(
  c: Context<AppEnv>,
  request: CompatTranslationRequest,
): Promise<Coalesced<TextsTranslation>> {
  const key = await requestDigest(request);
  const coalesced = inFlight.run(key, () =>
    translateTexts(() => loadDependencies(c, request.preference), toTextsRequest(request)),
  );
  if (!coalesced.joined) c.executionCtx.waitUntil(coalesced.result.catch(() => undefined));
  return coalesced;
}

/** `formality` and `context` reach the prompt and the cache keys through the core's style. */
function toTextsRequest(request: CompatTranslationRequest): TextsRequest {
  const { texts, format, markup, language, glossary, style } = request;
  return { texts, format, ...(markup ? { markup } : {}), language, glossary, style };
}

async function loadDependencies(
  c: Context<AppEnv>,
  preference: ModelPreference,
): Promise<TranslationDependencies> {
  const config = loadConfig(c.env);
  const { LLM_LATENCY_OPTIMIZED_MODEL } = loadCompatConfig(c.env);
  return buildTranslationDependencies({
    config,
    models: chooseCompatModels(config, preference, LLM_LATENCY_OPTIMIZED_MODEL),
    namespace: c.env.TRANSLATIONS,
    waitUntil: (promise) => c.executionCtx.waitUntil(promise),
  });
}

function requestDigest(request: CompatTranslationRequest): Promise<string> {
  return sha256Hex(
    JSON.stringify([
      request.clientId,
      request.texts,
      request.format,
      request.markup ?? null,
      request.language.code,
      request.glossary,
      request.preference,
      request.style,
    ]),
  );
}
