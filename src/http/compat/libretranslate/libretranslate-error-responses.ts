import { libreErrorSchema } from "./libretranslate-schemas";

const content = { "application/json": { schema: libreErrorSchema } };

/** LibreTranslate's error statuses, for /openapi.json. */
export const libreTranslateErrorResponses = {
  400: { description: "Invalid request, unsupported language or text over the limit", content },
  403: { description: "Invalid API key", content },
  429: { description: "Too many requests (the model provider is rate limiting)", content },
  500: { description: "The translation failed", content },
} as const;
