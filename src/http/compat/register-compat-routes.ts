import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { createDeepLApp } from "./deepl/create-deepl-app";
import { createLibreTranslateApp } from "./libretranslate/create-libretranslate-app";

/** The DeepL- and LibreTranslate-compatible APIs, each with its own errors, beside /v1. */
export function registerCompatRoutes(app: OpenAPIHono<AppEnv>): void {
  app.route("/", createDeepLApp());
  app.route("/", createLibreTranslateApp());
}
