import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Schema } from "hono";
import { loadConfig } from "../../config/load-config";
import { configuredProviders } from "../../providers/configured-providers";
import type { AppEnv } from "../app-env";

export const healthRoute = createRoute({
  method: "get",
  path: "/healthz",
  summary: "Liveness, and which providers are configured (names only)",
  responses: {
    200: {
      description: "The service is up",
      content: {
        "application/json": {
          schema: z.object({ status: z.literal("ok"), providers: z.array(z.string()) }),
        },
      },
    },
  },
});

/** Returns the app it was given, typed with this route (for `hc<AppType>`). */
export function registerHealthRoute<Routes extends Schema>(app: OpenAPIHono<AppEnv, Routes>) {
  return app.openapi(healthRoute, (c) => {
    const providers = configuredProviders(loadConfig(c.env)).map(
      (provider) => provider.definition.name,
    );
    return c.json({ status: "ok" as const, providers }, 200);
  });
}
