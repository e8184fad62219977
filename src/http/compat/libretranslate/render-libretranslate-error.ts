import type { Context } from "hono";
import type { AppEnv } from "../../app-env";
import { logCompatFailure } from "../shared/log-compat-failure";
import { toLibreTranslateError } from "./to-libretranslate-error";

/** The LibreTranslate-compatible routes' error handler: `{"error": …}`, its status codes. */
export function renderLibreTranslateError(error: unknown, c: Context<AppEnv>): Response {
  const libreError = toLibreTranslateError(error);
  if (libreError.status >= 500)
    logCompatFailure("libretranslate", libreError.status, c.get("requestId"), error);
  return c.json({ error: libreError.message }, libreError.status);
}
