import type { Context } from "hono";
import { streamSSE } from "hono/streaming";
import type { TranslationProgress } from "../../core/pipeline/translation-progress";
import type { AppEnv } from "../app-env";
import { toAppError } from "../errors/to-app-error";
import type { TranslationResponse } from "../schemas/translation-response-schema";
import { ProgressQueue } from "./progress-queue";

/**
 * Server-sent events for one translation: `segment` as the model writes, `summary` as a
 * language's summary is written or read, `language` when a language is complete and valid,
 * then `done` with the same body the JSON response has, or `error` with the error body.
 * Events are written in order, one at a time, from this request's context even when the
 * generation is shared with another request.
 */
export function streamTranslation(
  c: Context<AppEnv>,
  run: (progress: TranslationProgress) => Promise<TranslationResponse>,
): Response {
  return streamSSE(c, async (stream) => {
    const queue = new ProgressQueue();
    run(queue).then(
      (response) => queue.finish({ event: "done", data: response }),
      (error: unknown) => queue.finish({ event: "error", data: errorBody(c, error) }),
    );
    for (let events = await queue.take(); events.length > 0; events = await queue.take()) {
      for (const { event, data } of events) {
        await stream.writeSSE({ event, data: JSON.stringify(data) });
      }
    }
  });
}

function errorBody(c: Context<AppEnv>, error: unknown) {
  const appError = toAppError(error);
  const message = c.get("t")(`errors.${appError.code}`, appError.messageValues);
  const requestId = c.get("requestId");
  console.error(
    JSON.stringify({ level: "error", request_id: requestId, code: appError.code, streamed: true }),
  );
  const details = appError.details === undefined ? {} : { details: appError.details };
  return {
    error: {
      code: appError.code,
      message,
      ...details,
      request_id: requestId,
      status: appError.status,
    },
  };
}
