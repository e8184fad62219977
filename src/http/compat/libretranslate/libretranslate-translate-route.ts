import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { loadConfig } from "../../../config/load-config";
import type { AppEnv } from "../../app-env";
import { maxParameterBytes } from "../shared/max-parameter-bytes";
import { readRequestParameters } from "../shared/read-request-parameters";
import { runCompatTranslation } from "../shared/run-compat-translation";
import { authenticateLibreTranslate } from "./authenticate-libretranslate";
import { detectLibreTranslateSource } from "./detect-libretranslate-source";
import { libreTranslateErrorResponses } from "./libretranslate-error-responses";
import { libreTranslateParametersSchema, libreTranslationSchema } from "./libretranslate-schemas";
import { parseLibreTranslateRequest } from "./parse-libretranslate-request";
import { toLibreTranslateTranslation } from "./to-libretranslate-translation";

export const libreTranslateRoute = createRoute({
  method: "post",
  path: "/translate",
  tags: ["LibreTranslate-compatible"],
  summary: "LibreTranslate-compatible translation (fr or auto into en, kk, ru)",
  request: {
    body: {
      required: true,
      content: {
        "application/json": { schema: libreTranslateParametersSchema },
        "application/x-www-form-urlencoded": { schema: libreTranslateParametersSchema },
      },
    },
  },
  responses: {
    200: {
      description: "The translation, shaped like `q`",
      content: { "application/json": { schema: libreTranslationSchema } },
    },
    ...libreTranslateErrorResponses,
  },
});

/** Described in /openapi.json; parsed by hand so every refusal comes out in LibreTranslate's shape. */
export function registerLibreTranslateRoute(app: OpenAPIHono<AppEnv>): void {
  app.openAPIRegistry.registerPath(libreTranslateRoute);
  app.post(libreTranslateRoute.path, handleLibreTranslate);
}

async function handleLibreTranslate(c: Context<AppEnv>): Promise<Response> {
  const config = loadConfig(c.env);
  const parameters = await readRequestParameters(
    c.req.raw,
    maxParameterBytes(config.MAX_ARTICLE_CHARS),
  );
  const clientId = await authenticateLibreTranslate(c, parameters.fields);
  const request = parseLibreTranslateRequest(parameters.fields, config.MAX_ARTICLE_CHARS);
  const detected = request.autoDetect
    ? detectLibreTranslateSource(request.texts, request.format)
    : undefined;
  const { result } = await runCompatTranslation(c, {
    clientId,
    texts: request.texts,
    format: request.format,
    language: request.language,
    glossary: [],
    preference: "quality",
    style: { formality: undefined, context: undefined },
  });
  return c.json(toLibreTranslateTranslation(request, await result, detected), 200);
}
