import { createMiddleware } from "hono/factory";
import { loadConfig } from "../../config/load-config";
import type { AppEnv } from "../app-env";
import { AppError } from "../errors/app-error";
import { readBodyWithin } from "../services/read-body-within";

/** Room for the request's options around the article, and for JSON escapes. */
const overheadBytes = 16_384;

/** JSON is UTF-8 (a byte order mark is dropped); other bytes are refused, never replaced. */
function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new AppError("invalid_encoding");
  }
}

/**
 * Reads a JSON body with a byte cap derived from `MAX_ARTICLE_CHARS`, refusing an oversized
 * body before it is read whole, and checks the media type and the JSON syntax.
 * The text is left in Hono's body cache so the route's validator parses it once.
 */
export function readJsonBody() {
  return createMiddleware<AppEnv>(async function readJsonBodyMiddleware(c, next) {
    const limit = loadConfig(c.env).MAX_ARTICLE_CHARS;
    const maxBytes = limit * 4 + overheadBytes;
    const mediaType =
      (c.req.header("Content-Type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    if (!/^application\/([\w.-]+\+)?json$/.test(mediaType))
      throw new AppError("unsupported_media_type");
    const bytes = await readBodyWithin(c.req.raw, maxBytes);
    if (bytes === null) throw new AppError("article_too_large", { limit });
    const text = decodeUtf8(bytes);
    try {
      JSON.parse(text);
    } catch {
      throw new AppError("invalid_json");
    }
    // Hono keeps body promises in this cache (its type says otherwise); json() will read it.
    (c.req.bodyCache as { text?: Promise<string> }).text = Promise.resolve(text);
    await next();
  });
}
