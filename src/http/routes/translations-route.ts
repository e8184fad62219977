import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Schema, TypedResponse } from "hono";
import { KvGlossaryStore } from "../../cache/kv-glossary-store";
import { loadConfig } from "../../config/load-config";
import { parseArticle } from "../../core/article/parse-article";
import { type TranslationOutcome, translateArticle } from "../../core/pipeline/translate-article";
import { findLimitProblem, type LimitProblem } from "../../core/plan/find-limit-problem";
import type { AppEnv } from "../app-env";
import { AppError } from "../errors/app-error";
import { readJsonBody } from "../middleware/read-json-body";
import {
  type TranslationRequestBody,
  translationRequestSchema,
} from "../schemas/translation-request-schema";
import {
  errorResponseSchema,
  type TranslationResponse,
  translationResponseSchema,
} from "../schemas/translation-response-schema";
import { buildTranslationDependencies } from "../services/build-translation-dependencies";
import { bundledPromptVersion } from "../services/bundled-prompts";
import { chooseModels } from "../services/choose-models";
import { resolveGlossary } from "../services/resolve-glossary";
import {
  checkArticleLanguage,
  checkSourceLanguage,
  resolveTargetLanguages,
} from "../services/resolve-languages";
import { asCacheHit, storedResponseKey } from "../services/stored-responses";
import { streamTranslation } from "../services/stream-translation";

const errorContent = { "application/json": { schema: errorResponseSchema } };

export const translationsRoute = createRoute({
  method: "post",
  path: "/v1/translations",
  summary: "Translate a French article into English, Kazakh and Russian, with bullet summaries",
  middleware: [readJsonBody()] as const,
  request: {
    body: { required: true, content: { "application/json": { schema: translationRequestSchema } } },
  },
  responses: {
    200: {
      description:
        "Translations and summaries. With `Accept: text/event-stream`, server-sent events instead: " +
        "`segment` (language, index, text) as the model writes, `summary` (language, bullets) " +
        "as a summary is written or read, `language` (one language complete and checked), " +
        "`done` (this same JSON body), or `error` (the error body).",
      content: {
        "application/json": { schema: translationResponseSchema },
        "text/event-stream": { schema: z.string() },
      },
    },
    400: { description: "Invalid JSON or request", content: errorContent },
    401: { description: "Missing or wrong API key", content: errorContent },
    413: { description: "Article too large", content: errorContent },
    415: { description: "Not JSON", content: errorContent },
    404: { description: "Unknown glossary", content: errorContent },
    422: {
      description: "Unsupported language or provider, no text, or an article not in source_lang",
      content: errorContent,
    },
    502: { description: "The providers failed", content: errorContent },
    503: { description: "No provider configured", content: errorContent },
    504: { description: "The providers timed out", content: errorContent },
  },
});

/**
 * The same route as `hc<AppType>` types it: the JSON body and the error bodies. The event
 * stream, typed as a raw Response, would merge every status into one untyped answer, so it
 * is left out here; `translationsRoute`, registered for the document, describes it.
 */
const typedTranslationsRoute = createRoute({
  ...translationsRoute,
  hide: true,
  responses: {
    ...translationsRoute.responses,
    200: {
      description: translationsRoute.responses[200].description,
      content: { "application/json": { schema: translationResponseSchema } },
    },
  },
});

/** Returns the app it was given, typed with this route (for `hc<AppType>`). */
export function registerTranslationsRoute<Routes extends Schema>(app: OpenAPIHono<AppEnv, Routes>) {
  const { middleware: _middleware, ...documentedRoute } = translationsRoute;
  app.openAPIRegistry.registerPath(documentedRoute);
  return app.openapi(typedTranslationsRoute, async (c) => {
    const body = c.req.valid("json");
    const config = loadConfig(c.env);
    checkArticleSize(body, config.MAX_ARTICLE_CHARS);
    const bypassCache = /\bno-(cache|store)\b/i.test(c.req.header("Cache-Control") ?? "");
    const streaming = wantsEventStream(c.req.header("Accept"));
    // Event streams are neither served from nor stored as a response body.
    const responseKey = streaming
      ? null
      : await storedResponseKey(await c.req.text(), body, config);
    if (responseKey && !bypassCache) {
      const stored = await c.env.TRANSLATIONS.get(responseKey);
      // Stored as the JSON body itself: served without parsing it again.
      if (stored !== null) return c.body(stored, 200, jsonHeaders) as unknown as StoredJson;
    }
    checkSourceLanguage(body.source_lang);
    const languages = resolveTargetLanguages(body.target_langs);
    const document = parseArticle(body.article);
    if (document.segments.length === 0 && document.title === null)
      throw new AppError("empty_article");
    checkArticleLanguage(document, body.source_lang);
    const limitProblem = findLimitProblem(document, languages, config.LLM_MAX_OUTPUT_TOKENS);
    if (limitProblem)
      throw new AppError("article_too_large", limitMessage(limitProblem), limitProblem);
    const models = chooseModels(config, { provider: body.provider, model: body.model });
    const dependencies = await buildTranslationDependencies({
      config,
      models,
      namespace: c.env.TRANSLATIONS,
      waitUntil: (promise) => c.executionCtx.waitUntil(promise),
    });
    const glossary = await resolveGlossary(
      body,
      new KvGlossaryStore(c.env.TRANSLATIONS, c.get("clientId")),
    );
    const request = {
      document,
      languages,
      glossary,
      summaryBullets: body.summary === false ? 0 : body.summary.bullets,
      bypassCache,
    };
    const respond = async (outcome: TranslationOutcome) =>
      toResponse(outcome, body, await bundledPromptVersion(), document.removedResidue);
    if (streaming) {
      const events = streamTranslation(c, (progress) =>
        translateArticle(dependencies, { ...request, progress }).then(respond),
      );
      // A 200 whose body is server-sent events ending with the JSON body: typed as that body.
      return events as unknown as TypedResponse<TranslationResponse, 200, "json">;
    }
    const response = await respond(await translateArticle(dependencies, request));
    if (responseKey) {
      const stored = JSON.stringify(asCacheHit(response));
      const options = { expirationTtl: config.CACHE_TTL_SECONDS };
      c.executionCtx.waitUntil(c.env.TRANSLATIONS.put(responseKey, stored, options));
    }
    return c.json(response, 200);
  });
}

const jsonHeaders = { "Content-Type": "application/json" };

/** A stored JSON body, typed as the body it is. */
type StoredJson = TypedResponse<TranslationResponse, 200, "json">;

function wantsEventStream(accept: string | undefined): boolean {
  return /\btext\/event-stream\b/i.test(accept ?? "");
}

function checkArticleSize(body: TranslationRequestBody, limit: number): void {
  const length = body.article.body.length + (body.article.title?.length ?? 0);
  if (length > limit)
    throw new AppError("article_too_large", { limit }, { characters: length, limit });
}

function toResponse(
  outcome: TranslationOutcome,
  body: TranslationRequestBody,
  promptVersion: string,
  removedResidue: readonly string[],
): TranslationResponse {
  const entries = [...outcome.results];
  const first = entries[0]?.[1];
  return {
    id: outcome.id,
    source_lang: body.source_lang,
    results: Object.fromEntries(
      entries.map(([code, result]) => [
        code,
        { title: result.title, body: result.body, summary: result.summary, qa: result.qa },
      ]),
    ),
    meta: {
      provider: first?.provider ?? "",
      model: first?.model ?? "",
      prompt_version: promptVersion,
      cache: outcome.cache,
      usage: {
        input_tokens: outcome.usage.inputTokens,
        output_tokens: outcome.usage.outputTokens,
        llm_calls: outcome.usage.calls,
      },
      languages: Object.fromEntries(
        entries.map(([code, result]) => [
          code,
          {
            provider: result.provider,
            model: result.model,
            cache: result.cache,
            segments_hit: result.segmentsHit,
            segments_missed: result.segmentsMissed,
          },
        ]),
      ),
      segments: { hit: outcome.segments.hit, missed: outcome.segments.missed },
      removed_residue: [...removedResidue],
    },
  };
}

/** The 413 message for a limit found in the parsed article (i18next picks it by `context`). */
function limitMessage(problem: LimitProblem): Record<string, string | number> {
  if (problem.kind === "too_many_segments") {
    return { context: "segments", segments: problem.segments, limit: problem.limit };
  }
  const values = { expected: problem.expectedTokens, limit: problem.limit };
  return problem.segment === "title"
    ? { context: "title", ...values }
    : { context: "segment", number: problem.segment + 1, ...values };
}
