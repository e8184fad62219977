import type { Context } from "hono";
import type { AppEnv } from "../app-env";
import { translatorFor } from "../i18n/translator";
import { AppError } from "./app-error";
import { toAppError } from "./to-app-error";

/**
 * The one error handler: a JSON body `{ error: { code, message, details?, request_id } }`
 * with the message in the caller's language. Logs carry no stack traces and no secrets.
 */
export function handleError(error: unknown, c: Context<AppEnv>): Response {
  const appError = toAppError(error);
  const requestId = c.get("requestId") ?? crypto.randomUUID();
  logError(error, appError, requestId);
  const t = c.get("t") ?? translatorFor("en");
  const body = {
    error: {
      code: appError.code,
      message: t(`errors.${appError.code}`, appError.messageValues),
      ...(appError.details === undefined ? {} : { details: appError.details }),
      request_id: requestId,
    },
  };
  return c.json(body, appError.status, { "X-Request-Id": requestId });
}

function logError(error: unknown, appError: AppError, requestId: string): void {
  if (appError.status < 500 && error instanceof AppError) return;
  const cause =
    error instanceof Error ? { name: error.name, message: error.message } : { name: typeof error };
  console.error(
    JSON.stringify({ level: "error", request_id: requestId, code: appError.code, cause }),
  );
}
