import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Schema } from "hono";
import { sourceLanguages, targetLanguages } from "../../core/languages/languages";
import type { AppEnv } from "../app-env";

const languageSchema = z.object({
  code: z.string(),
  name: z.string(),
  script: z.string().optional(),
});

export const languagesRoute = createRoute({
  method: "get",
  path: "/v1/languages",
  summary: "Source and target languages, named in the caller's language",
  responses: {
    200: {
      description: "Supported languages",
      content: {
        "application/json": {
          schema: z.object({ sources: z.array(languageSchema), targets: z.array(languageSchema) }),
        },
      },
    },
  },
});

/** Returns the app it was given, typed with this route (for `hc<AppType>`). */
export function registerLanguagesRoute<Routes extends Schema>(app: OpenAPIHono<AppEnv, Routes>) {
  return app.openapi(languagesRoute, (c) => {
    const language = c.get("language");
    return c.json(
      {
        sources: sourceLanguages.map((source) => ({
          code: source.code,
          name: source.names[language],
        })),
        targets: targetLanguages.map((target) => ({
          code: target.code,
          name: target.names[language],
          script: target.script,
        })),
      },
      200,
    );
  });
}
