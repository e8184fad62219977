import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../../app-env";
import { loadCompatConfig } from "../shared/compat-config";
import { readRequestParameters } from "../shared/read-request-parameters";
import { authenticateDeepL } from "./authenticate-deepl";
import { deepLErrorResponses } from "./deepl-error-responses";
import { deepLUsageSchema } from "./deepl-schemas";
import { DeepLUsageStore } from "./deepl-usage-store";

const path = "/v2/usage";
/** Usage takes no parameter but the key: a larger body is refused unread. */
const maxBytes = 16_384;

function describe(method: "get" | "post") {
  return createRoute({
    method,
    path,
    tags: ["DeepL-compatible"],
    summary: "DeepL-compatible usage: characters billed to this key this month, and its limit",
    security: [{ deepLAuthKey: [] }],
    responses: {
      200: { description: "Usage", content: { "application/json": { schema: deepLUsageSchema } } },
      ...deepLErrorResponses,
    },
  });
}

export function registerDeepLUsageRoute(app: OpenAPIHono<AppEnv>): void {
  app.openAPIRegistry.registerPath(describe("get"));
  app.openAPIRegistry.registerPath(describe("post"));
  app.on(["GET", "POST"], path, handleDeepLUsage);
}

async function handleDeepLUsage(c: Context<AppEnv>): Promise<Response> {
  const parameters = await readRequestParameters(c.req.raw, maxBytes);
  const clientId = await authenticateDeepL(c, parameters.fields);
  const characterCount = await new DeepLUsageStore(c.env.TRANSLATIONS, clientId).characterCount();
  const characterLimit = loadCompatConfig(c.env).DEEPL_CHARACTER_LIMIT;
  return c.json({ character_count: characterCount, character_limit: characterLimit }, 200);
}
