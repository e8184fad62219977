import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env";
import { DeepLError } from "./deepl-error";
import { registerDeepLLanguagesRoute } from "./deepl-languages-route";
import { registerDeepLTranslateRoute } from "./deepl-translate-route";
import { registerDeepLUsageRoute } from "./deepl-usage-route";
import { renderDeepLError } from "./render-deepl-error";

const paths = ["/v2/translate", "/v2/languages", "/v2/usage"] as const;

/**
 * The DeepL-compatible API (`/v2/translate`, `/v2/languages`, `/v2/usage`), with its own
 * authentication, quota and error shape. Mounted on the main app, which merges its
 * OpenAPI descriptions into /openapi.json.
 */
export function createDeepLApp(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  app.openAPIRegistry.registerComponent("securitySchemes", "deepLAuthKey", {
    type: "apiKey",
    in: "header",
    name: "Authorization",
    description: "`DeepL-Auth-Key <key>`, a key of `API_KEYS` (or the `auth_key` parameter)",
  });
  registerDeepLTranslateRoute(app);
  registerDeepLLanguagesRoute(app);
  registerDeepLUsageRoute(app);
  for (const path of paths) {
    app.all(path, () => {
      throw new DeepLError(405, "Method Not Allowed");
    });
  }
  app.onError(renderDeepLError);
  return app;
}
