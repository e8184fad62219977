import type { Context } from "hono";
import { streamSSE } from "hono/streaming";
import type { TranslationProgress } from "../../core/pipeline/translation-progress";
import type { AppEnv } from "../app-env";
import { toAppError } from "../errors/to-app-error";
import type { TranslationResponse } from "../schemas/translation-response-schema";

/**
 * Server-sent events for one translation: `segment` as the model writes, `language` when a
 * language is complete and valid, then `done` with the same body the JSON response has,
 * or `error` with the error body. Events are written in order, one at a time.
 */
export function streamTranslation(
  c: Context<AppEnv>,
  run: (progress: TranslationProgress) => Promise<TranslationResponse>,
): Response {
  return streamSSE(c, async (stream) => {
    let writing = Promise.resolve();
    const send = (event: string, data: unknown) => {
      writing = writing.then(() => stream.writeSSE({ event, data: JSON.stringify(data) }));
    };
    const progress: TranslationProgress = {
      segment: (event) => send("segment", event),
      language: ({ language, result }) =>
        send("language", {
          language,
          title: result.title,
          body: result.body,
          summary: result.summary,
          cache: result.cache,
        }),
    };
    try {
      send("done", await run(progress));
    } catch (error) {
      send("error", errorBody(c, error));
    }
    await writing;
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
