import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./app-env";
import { registerCompatRoutes } from "./compat/register-compat-routes";
import { AppError } from "./errors/app-error";
import { handleError } from "./errors/handle-error";
import { validationDetails } from "./errors/validation-details";
import { translatorFor } from "./i18n/translator";
import { allowCrossOrigin } from "./middleware/allow-cross-origin";
import { localize } from "./middleware/localize";
import { requestId } from "./middleware/request-id";
import { requireApiKey } from "./middleware/require-api-key";
import { registerDetectRoute } from "./routes/detect-route";
import { registerDocsRoutes } from "./routes/docs-route";
import { registerGlossariesRoutes } from "./routes/glossaries-route";
import { registerHealthRoute } from "./routes/health-route";
import { registerLanguagesRoute } from "./routes/languages-route";
import { registerQualityRoute } from "./routes/quality-route";
import { registerTranslationsRoute } from "./routes/translations-route";
import { allowedMethods } from "./routing/allowed-methods";

/**
 * The HTTP API: request ids, localized errors, auth on /v1, routes described once with zod.
 * The routes are chained so that the returned type carries each of them (see `AppType`).
 */
export function createApp() {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const t = c.get("t") ?? translatorFor("en");
        throw new AppError("invalid_request", {}, validationDetails(result.error.issues, t));
      }
    },
  });
  app.use("*", requestId(), localize(), allowCrossOrigin());
  app.use("/v1/*", requireApiKey());
  const routes = registerQualityRoute(
    registerDetectRoute(
      registerGlossariesRoutes(
        registerTranslationsRoute(registerLanguagesRoute(registerHealthRoute(app))),
      ),
    ),
  );
  registerCompatRoutes(app);
  const documented = registerDocsRoutes(routes);
  app.notFound((c) => {
    const where = { method: c.req.method, path: c.req.path };
    const allowed = allowedMethods(app.routes, c.req.path);
    if (allowed.length === 0 || allowed.includes(where.method)) {
      return handleError(new AppError("not_found", where), c);
    }
    const response = handleError(new AppError("method_not_allowed", where), c);
    response.headers.set("Allow", allowed.join(", "));
    return response;
  });
  app.onError(handleError);
  return documented;
}

/** Every route with its request and response types, for the typed client (`hc<AppType>`). */
export type AppType = ReturnType<typeof createApp>;
