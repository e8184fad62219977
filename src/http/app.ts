import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./app-env";
import { registerCompatRoutes } from "./compat/register-compat-routes";
import { AppError } from "./errors/app-error";
import { handleError } from "./errors/handle-error";
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

/**
 * The HTTP API: request ids, localized errors, auth on /v1, routes described once with zod.
 * The routes are chained so that the returned type carries each of them (see `AppType`).
 */
export function createApp() {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const details = result.error.issues.map((issue) => ({
          path: issue.path.join("."),
          message: issue.message,
        }));
        throw new AppError("invalid_request", {}, details);
      }
    },
  });
  app.use("*", requestId(), localize());
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
  app.notFound((c) =>
    handleError(new AppError("not_found", { method: c.req.method, path: c.req.path }), c),
  );
  app.onError(handleError);
  return documented;
}

/** Every route with its request and response types, for the typed client (`hc<AppType>`). */
export type AppType = ReturnType<typeof createApp>;
