import type { Context } from "hono";
import type { UnofficialStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "../../app-env";
import { logCompatFailure } from "../shared/log-compat-failure";
import { toDeepLError } from "./to-deepl-error";

/** The DeepL-compatible routes' error handler: `{"message": …}`, DeepL's status codes. */
export function renderDeepLError(error: unknown, c: Context<AppEnv>): Response {
  const deepLError = toDeepLError(error);
  if (deepLError.status >= 500)
    logCompatFailure("deepl", deepLError.status, c.get("requestId"), error);
  return c.json({ message: deepLError.message }, deepLError.status as UnofficialStatusCode);
}
