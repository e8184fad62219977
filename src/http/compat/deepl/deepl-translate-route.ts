import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { loadConfig } from "../../../config/load-config";
import type { AppEnv } from "../../app-env";
import { loadCompatConfig } from "../shared/compat-config";
import { countCharacters } from "../shared/count-characters";
import { maxParameterBytes } from "../shared/max-parameter-bytes";
import { readRequestParameters } from "../shared/read-request-parameters";
import { runCompatTranslation } from "../shared/run-compat-translation";
import type { TextsTranslation } from "../shared/translate-texts";
import { authenticateDeepL } from "./authenticate-deepl";
import { checkDeepLQuota } from "./check-deepl-quota";
import { deepLErrorResponses } from "./deepl-error-responses";
import { deepLTranslateParametersSchema, deepLTranslationsSchema } from "./deepl-schemas";
import { DeepLUsageStore } from "./deepl-usage-store";
import {
  type DeepLTranslateRequest,
  parseDeepLTranslateRequest,
} from "./parse-deepl-translate-request";
import { refuseForeignSource } from "./refuse-foreign-source";
import { resolveDeepLGlossary } from "./resolve-deepl-glossary";
import { toDeepLTranslations } from "./to-deepl-translations";

export const deepLTranslateRoute = createRoute({
  method: "post",
  path: "/v2/translate",
  tags: ["DeepL-compatible"],
  summary: "DeepL-compatible text translation (French into EN-GB, EN-US, KK, RU)",
  security: [{ deepLAuthKey: [] }],
  request: {
    body: {
      required: true,
      content: {
        "application/x-www-form-urlencoded": { schema: deepLTranslateParametersSchema },
        "application/json": { schema: deepLTranslateParametersSchema },
      },
    },
  },
  responses: {
    200: {
      description: "One translation per text, in order",
      content: { "application/json": { schema: deepLTranslationsSchema } },
    },
    ...deepLErrorResponses,
  },
});

/** Described in /openapi.json; parsed by hand so every refusal comes out in DeepL's shape. */
export function registerDeepLTranslateRoute(app: OpenAPIHono<AppEnv>): void {
  app.openAPIRegistry.registerPath(deepLTranslateRoute);
  app.post(deepLTranslateRoute.path, handleDeepLTranslate);
}

async function handleDeepLTranslate(c: Context<AppEnv>): Promise<Response> {
  const config = loadConfig(c.env);
  const maxBytes = maxParameterBytes(config.MAX_ARTICLE_CHARS);
  const parameters = await readRequestParameters(c.req.raw, maxBytes);
  const clientId = await authenticateDeepL(c, parameters.fields);
  const request = parseDeepLTranslateRequest(parameters, config.MAX_ARTICLE_CHARS);
  if (!request.sourceGiven) refuseForeignSource(request.texts, request.format);
  const billed = request.texts.map(countCharacters);
  const translation = await translateAndBill(c, request, clientId, billed);
  const latencyModelAvailable = loadCompatConfig(c.env).LLM_LATENCY_OPTIMIZED_MODEL !== undefined;
  return c.json(toDeepLTranslations(request, translation, billed, latencyModelAvailable), 200);
}

/**
 * Within the client's quota, translates and bills the characters, unless this request
 * joined an identical run in flight (a retry), whose characters are billed already.
 */
async function translateAndBill(
  c: Context<AppEnv>,
  request: DeepLTranslateRequest,
  clientId: string,
  billed: readonly number[],
): Promise<TextsTranslation> {
  const total = billed.reduce((sum, characters) => sum + characters, 0);
  const usage = new DeepLUsageStore(c.env.TRANSLATIONS, clientId);
  await checkDeepLQuota(usage, total, loadCompatConfig(c.env).DEEPL_CHARACTER_LIMIT);
  const glossary = await resolveDeepLGlossary(request.glossaryId, c.env.TRANSLATIONS, clientId);
  const { result, joined } = await runCompatTranslation(c, {
    clientId,
    texts: request.texts,
    format: request.format,
    markup: request.markup,
    language: request.target.language,
    glossary,
    preference: request.preference,
    style: request.style,
  });
  const translation = await result;
  if (!joined) c.executionCtx.waitUntil(usage.add(total).catch(logUsageFailure));
  return translation;
}

function logUsageFailure(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    JSON.stringify({ level: "error", message: "DeepL usage update failed", cause: message }),
  );
}
