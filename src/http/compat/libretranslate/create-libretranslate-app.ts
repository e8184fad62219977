import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env";
import { registerLibreDetectRoute } from "./libretranslate-detect-route";
import { LibreTranslateError } from "./libretranslate-error";
import { registerLibreLanguagesRoute } from "./libretranslate-languages-route";
import { registerLibreTranslateRoute } from "./libretranslate-translate-route";
import { renderLibreTranslateError } from "./render-libretranslate-error";

const paths = ["/translate", "/detect", "/languages"] as const;

/**
 * The LibreTranslate-compatible API (`/translate`, `/detect`, `/languages`), with its own
 * `api_key` check and error shape. Mounted on the main app, which merges its OpenAPI
 * descriptions into /openapi.json.
 */
export function createLibreTranslateApp(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  registerLibreTranslateRoute(app);
  registerLibreDetectRoute(app);
  registerLibreLanguagesRoute(app);
  for (const path of paths) {
    app.all(path, () => {
      throw new LibreTranslateError(405, "Method Not Allowed");
    });
  }
  app.onError(renderLibreTranslateError);
  return app;
}
