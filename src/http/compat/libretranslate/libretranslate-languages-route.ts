import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env";
import { libreTranslateLanguages } from "./libretranslate-languages";
import { libreLanguagesSchema } from "./libretranslate-schemas";

export const libreLanguagesRoute = createRoute({
  method: "get",
  path: "/languages",
  tags: ["LibreTranslate-compatible"],
  summary: "LibreTranslate-compatible language list (French translates into en, kk, ru)",
  responses: {
    200: {
      description: "Languages and their targets",
      content: { "application/json": { schema: libreLanguagesSchema } },
    },
  },
});

/** Public, as LibreTranslate's is: no key needed to list languages. */
export function registerLibreLanguagesRoute(app: OpenAPIHono<AppEnv>): void {
  app.openAPIRegistry.registerPath(libreLanguagesRoute);
  app.get(libreLanguagesRoute.path, (c) =>
    c.json(
      libreTranslateLanguages.map((language) => ({ ...language, targets: [...language.targets] })),
      200,
    ),
  );
}
