import { deepLErrorSchema } from "./deepl-schemas";

const content = { "application/json": { schema: deepLErrorSchema } };

/** DeepL's error statuses, for /openapi.json. */
export const deepLErrorResponses = {
  400: { description: "Bad request: a parameter is missing or not supported", content },
  403: { description: "Wrong or missing authentication key", content },
  413: { description: "Body, text count or characters over the limit", content },
  429: { description: "Too many requests (the model provider is rate limiting)", content },
  456: { description: "Quota exceeded (DEEPL_CHARACTER_LIMIT)", content },
  500: { description: "Internal error", content },
  503: { description: "Providers unavailable or not configured", content },
  504: { description: "The providers timed out", content },
} as const;
