import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { loadConfig } from "../../../config/load-config";
import { detectLanguage } from "../../../core/detection/detect-language";
import type { AppEnv } from "../../app-env";
import { maxParameterBytes } from "../shared/max-parameter-bytes";
import { readRequestParameters } from "../shared/read-request-parameters";
import { authenticateLibreTranslate } from "./authenticate-libretranslate";
import { toPercent } from "./detect-libretranslate-source";
import { LibreTranslateError } from "./libretranslate-error";
import { libreTranslateErrorResponses } from "./libretranslate-error-responses";
import { libreDetectionsSchema, libreDetectParametersSchema } from "./libretranslate-schemas";

export const libreDetectRoute = createRoute({
  method: "post",
  path: "/detect",
  tags: ["LibreTranslate-compatible"],
  summary: "LibreTranslate-compatible language detection (confidence 0–100, best first)",
  request: {
    body: {
      required: true,
      content: {
        "application/json": { schema: libreDetectParametersSchema },
        "application/x-www-form-urlencoded": { schema: libreDetectParametersSchema },
      },
    },
  },
  responses: {
    200: {
      description: "Candidate languages, best first",
      content: { "application/json": { schema: libreDetectionsSchema } },
    },
    ...libreTranslateErrorResponses,
  },
});

export function registerLibreDetectRoute(app: OpenAPIHono<AppEnv>): void {
  app.openAPIRegistry.registerPath(libreDetectRoute);
  app.post(libreDetectRoute.path, handleLibreDetect);
}

async function handleLibreDetect(c: Context<AppEnv>): Promise<Response> {
  const config = loadConfig(c.env);
  const parameters = await readRequestParameters(
    c.req.raw,
    maxParameterBytes(config.MAX_ARTICLE_CHARS),
  );
  await authenticateLibreTranslate(c, parameters.fields);
  const parsed = libreDetectParametersSchema.safeParse(parameters.fields);
  if (!parsed.success) {
    throw new LibreTranslateError(400, parsed.error.issues[0]?.message ?? "Invalid request");
  }
  const detection = detectLanguage(parsed.data.q);
  const candidates =
    detection.candidates.length > 0 ? detection.candidates : [{ language: "und", confidence: 0 }];
  const detections = candidates.map((candidate) => ({
    confidence: toPercent(candidate.confidence),
    language: candidate.language,
  }));
  return c.json(detections, 200);
}
