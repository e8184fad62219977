/** Every error the API returns: a stable code and its HTTP status. Messages live in `locales/`. */
export const errorStatuses = {
  invalid_json: 400,
  invalid_encoding: 400,
  invalid_request: 400,
  invalid_html: 400,
  unauthorized: 401,
  not_found: 404,
  glossary_not_found: 404,
  glossary_read_only: 409,
  method_not_allowed: 405,
  article_too_large: 413,
  unsupported_media_type: 415,
  unsupported_language: 422,
  unsupported_provider: 422,
  empty_article: 422,
  source_language_mismatch: 422,
  internal_error: 500,
  provider_error: 502,
  provider_output_truncated: 502,
  provider_not_configured: 503,
  provider_timeout: 504,
} as const;

export type ErrorCode = keyof typeof errorStatuses;
