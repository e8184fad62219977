import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../../app-env";
import { readRequestParameters } from "../shared/read-request-parameters";
import { authenticateDeepL } from "./authenticate-deepl";
import { DeepLError } from "./deepl-error";
import { deepLErrorResponses } from "./deepl-error-responses";
import { deepLSources, deepLTargets } from "./deepl-languages";
import { deepLLanguagesParametersSchema, deepLLanguagesSchema } from "./deepl-schemas";

const path = "/v2/languages";
/** Listing languages takes no text: a larger body is refused unread. */
const maxBytes = 16_384;

function describe(method: "get" | "post") {
  return createRoute({
    method,
    path,
    tags: ["DeepL-compatible"],
    summary: "DeepL-compatible list of source (FR) or target languages (EN-GB, EN-US, KK, RU)",
    security: [{ deepLAuthKey: [] }],
    request: { query: deepLLanguagesParametersSchema },
    responses: {
      200: {
        description: "Languages",
        content: { "application/json": { schema: deepLLanguagesSchema } },
      },
      ...deepLErrorResponses,
    },
  });
}

export function registerDeepLLanguagesRoute(app: OpenAPIHono<AppEnv>): void {
  app.openAPIRegistry.registerPath(describe("get"));
  app.openAPIRegistry.registerPath(describe("post"));
  app.on(["GET", "POST"], path, handleDeepLLanguages);
}

async function handleDeepLLanguages(c: Context<AppEnv>): Promise<Response> {
  const parameters = await readRequestParameters(c.req.raw, maxBytes);
  await authenticateDeepL(c, parameters.fields);
  const parsed = deepLLanguagesParametersSchema.safeParse(parameters.fields);
  if (!parsed.success) throw new DeepLError(400, parsed.error.issues[0]?.message ?? "Bad request.");
  if (parsed.data.type === "source") {
    return c.json(
      deepLSources.map((source) => ({ language: source.code, name: source.name })),
      200,
    );
  }
  const targets = deepLTargets.map((target) => ({
    language: target.code,
    name: target.name,
    supports_formality: target.supportsFormality,
  }));
  return c.json(targets, 200);
}
