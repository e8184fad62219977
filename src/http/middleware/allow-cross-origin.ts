import { cors } from "hono/cors";
import { createMiddleware } from "hono/factory";
import { loadConfig } from "../../config/load-config";
import type { AppEnv } from "../app-env";

/** The origin to allow: the caller's when listed, `*` when every origin is. */
function allowedOrigin(origins: readonly string[], origin: string): string | null {
  if (origins.includes("*")) return "*";
  return origins.includes(origin) ? origin : null;
}

const crossOrigin = cors({
  origin: (origin, c) => allowedOrigin(loadConfig(c.env).CORS_ORIGINS, origin),
  allowMethods: ["GET", "HEAD", "POST", "PUT", "DELETE"],
  allowHeaders: [
    "Authorization",
    "Content-Type",
    "Accept",
    "Accept-Language",
    "Cache-Control",
    "X-Request-Id",
  ],
  exposeHeaders: ["X-Request-Id", "Content-Language", "Allow", "Retry-After"],
  maxAge: 86_400,
});

/**
 * Lets browser pages of the origins in `CORS_ORIGINS` call the API (a CMS editor, for one):
 * answers preflight requests before the API key is asked for, and marks every response,
 * errors included. Without `CORS_ORIGINS`, no response allows another origin.
 */
export function allowCrossOrigin() {
  return createMiddleware<AppEnv>(async function allowCrossOriginMiddleware(c, next) {
    // Only browsers send Origin, and only across origins does it matter.
    if (!c.req.header("Origin") || loadConfig(c.env).CORS_ORIGINS.length === 0) return next();
    return crossOrigin(c, next);
  });
}
