import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Schema } from "hono";
import { loadConfig } from "../../config/load-config";
import { detectLanguage } from "../../core/detection/detect-language";
import type { AppEnv } from "../app-env";
import { AppError } from "../errors/app-error";
import { readJsonBody } from "../middleware/read-json-body";
import { errorResponseSchema } from "../schemas/translation-response-schema";

const errorContent = { "application/json": { schema: errorResponseSchema } };
const candidateSchema = z.object({ language: z.string(), confidence: z.number() });

export const detectRoute = createRoute({
  method: "post",
  path: "/v1/detect",
  summary:
    "Identify the language and script of a text (fr, en, ru, kk, uk, ky, tt, uz, de, and more)",
  middleware: [readJsonBody()] as const,
  request: {
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z.strictObject({
            text: z
              .string()
              .min(1)
              .openapi({ example: "Қазақстан мен Еуропалық одақ келісімге қол қойды." }),
          }),
        },
      },
    },
  },
  responses: {
    200: {
      description:
        "The best language (ISO 639-1, `und` when no letters), its script (ISO 15924), a 0–1 confidence and up to three candidates",
      content: {
        "application/json": {
          schema: z.object({
            language: z.string(),
            script: z.string(),
            confidence: z.number(),
            candidates: z.array(candidateSchema),
          }),
        },
      },
    },
    400: { description: "Invalid request", content: errorContent },
    413: { description: "Text too large", content: errorContent },
  },
});

/** Returns the app it was given, typed with this route (for `hc<AppType>`). */
export function registerDetectRoute<Routes extends Schema>(app: OpenAPIHono<AppEnv, Routes>) {
  return app.openapi(detectRoute, (c) => {
    const { text } = c.req.valid("json");
    const limit = loadConfig(c.env).MAX_ARTICLE_CHARS;
    if (text.length > limit)
      throw new AppError("article_too_large", { limit }, { characters: text.length, limit });
    const result = detectLanguage(text);
    return c.json({ ...result, candidates: [...result.candidates] }, 200);
  });
}
