import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./app-env";
import { AppError } from "./errors/app-error";
import { handleError } from "./errors/handle-error";
import { localize } from "./middleware/localize";
import { requestId } from "./middleware/request-id";
import { requireApiKey } from "./middleware/require-api-key";
import { registerGlossariesRoutes } from "./routes/glossaries-route";
import { registerHealthRoute } from "./routes/health-route";
import { registerLanguagesRoute } from "./routes/languages-route";
import { registerTranslationsRoute } from "./routes/translations-route";

/** The HTTP API: request ids, localized errors, auth on /v1, routes described once with zod. */
export function createApp(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const details = result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
        throw new AppError("invalid_request", {}, details);
      }
    },
  });
  app.use("*", requestId(), localize());
  app.use("/v1/*", requireApiKey());
  registerHealthRoute(app);
  registerLanguagesRoute(app);
  registerTranslationsRoute(app);
  registerGlossariesRoutes(app);
  app.doc31("/openapi.json", { openapi: "3.1.0", info: { title: "tilmash", version: "0.1.0" } });
  app.notFound((c) => handleError(new AppError("not_found", { method: c.req.method, path: c.req.path }), c));
  app.onError(handleError);
  return app;
}
