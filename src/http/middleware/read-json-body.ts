import { createMiddleware } from "hono/factory";
import { loadConfig } from "../../config/load-config";
import type { AppEnv } from "../app-env";
import { AppError } from "../errors/app-error";

/** Room for the request's options around the article, and for JSON escapes. */
const overheadBytes = 16_384;

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
    if (Number(c.req.header("Content-Length") ?? 0) > maxBytes)
      throw new AppError("article_too_large", { limit });
    const text = await readTextWithin(c.req.raw, maxBytes, limit);
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

async function readTextWithin(request: Request, maxBytes: number, limit: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw new AppError("article_too_large", { limit });
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
