import type { z } from "@hono/zod-openapi";
import { type ClientRequestOptions, hc } from "hono/client";
import type { AppType } from "../http/app";
import type { translationRequestSchema } from "../http/schemas/translation-request-schema";

export type { AppType } from "../http/app";
export type { TranslationResponse } from "../http/schemas/translation-response-schema";

/** The body of `POST /v1/translations` as a caller writes it (defaults may be left out). */
export type TranslationRequest = z.input<typeof translationRequestSchema>;

function typedClient(baseUrl: string, options?: ClientRequestOptions) {
  return hc<AppType>(baseUrl, options);
}

/** The client's type, computed once here rather than at every use. */
export type TilmashClient = ReturnType<typeof typedClient>;

/**
 * A typed client for tilmash's native API: paths, request bodies and JSON responses are
 * checked by TypeScript, from the same route definitions the server uses.
 * `options.fetch` replaces the global `fetch` (a service binding, a test double…);
 * `options.headers` is sent with every request (an `Authorization: Bearer` key).
 */
export function createTilmashClient(
  baseUrl: string,
  options?: ClientRequestOptions,
): TilmashClient {
  return typedClient(baseUrl, options);
}
