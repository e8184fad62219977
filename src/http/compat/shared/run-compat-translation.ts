import type { Context } from "hono";
import { loadConfig } from "../../../config/load-config";
import { sha256Hex } from "../../../core/hash/sha256-hex";
import type { TranslationDependencies } from "../../../core/pipeline/translate-article";
import type { AppEnv } from "../../app-env";
import { buildTranslationDependencies } from "../../services/build-translation-dependencies";
import { chooseCompatModels, type ModelPreference } from "./choose-compat-models";
import { type Coalesced, CoalescedTasks } from "./coalesced-tasks";
import { loadCompatConfig } from "./compat-config";
import { type TextsRequest, type TextsTranslation, translateTexts } from "./translate-texts";

/** What DeepL callers may ask about style, which the core cannot carry yet (see below). */
export interface StyleHints {
  readonly formality: "formal" | "informal" | undefined;
  /** Text around the texts, to disambiguate them; never translated, never billed. */
  readonly context: string | undefined;
}

export interface CompatTranslationRequest extends TextsRequest {
  readonly clientId: string;
  readonly preference: ModelPreference;
  readonly style: StyleHints;
}

/** One per isolate: a module-level map from a request digest to the run in flight. */
const inFlight = new CoalescedTasks<TextsTranslation>();

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

/**
 * HOOK(core): `formality` and `context` are validated and accepted, but the core's
 * `TranslationRequest` has no field for them yet, so they do not reach the prompt. Pass
 * `request.style` on here once it does (the core must then put it in its cache key).
 */
function toTextsRequest(request: CompatTranslationRequest): TextsRequest {
  const { texts, format, language, glossary } = request;
  return { texts, format, language, glossary };
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
      request.language.code,
      request.glossary,
      request.preference,
      request.style,
    ]),
  );
}
