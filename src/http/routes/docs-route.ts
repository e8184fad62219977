import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Schema } from "hono";
import type { AppEnv } from "../app-env";
import { renderDocsPage } from "../docs/render-docs-page";

/** What `/openapi.json` says about the API as a whole; `/docs` renders the same document. */
const documentConfig = {
  openapi: "3.1.0",
  info: {
    title: "tilmash",
    version: "0.1.0",
    description:
      "Translates French news articles into English, Kazakh and Russian, with bullet summaries. " +
      "When the server sets `API_KEYS`, every `/v1` route needs `Authorization: Bearer <key>`. " +
      "Error messages follow `Accept-Language` (en, fr, kk, ru).",
  },
};

/** The page loads nothing: no script, no font, no image, no request to any host. */
const contentSecurityPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * `GET /openapi.json`, the OpenAPI 3.1 document generated from the route schemas, and
 * `GET /docs`, the same document as a self-contained HTML page (rendered once per app).
 * Returns the app it was given, typed with these routes.
 */
export function registerDocsRoutes<Routes extends Schema>(app: OpenAPIHono<AppEnv, Routes>) {
  let page: string | undefined;
  return app.doc31("/openapi.json", documentConfig).get("/docs", (c) => {
    page ??= renderDocsPage(app.getOpenAPI31Document(documentConfig));
    c.header("Content-Security-Policy", contentSecurityPolicy);
    c.header("Cache-Control", "public, max-age=300");
    return c.html(page);
  });
}
