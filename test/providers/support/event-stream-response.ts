import { HttpResponse } from "msw";

/** A `text/event-stream` response with the whole SSE body at once. */
export function eventStreamResponse(body: string): Response {
  return new HttpResponse(body, { headers: { "content-type": "text/event-stream" } });
}

/**
 * A `text/event-stream` response that sends its first frame, then stalls until the
 * request is aborted: for testing an abort in the middle of a stream.
 */
export function stallingEventStreamResponse(firstFrame: string, signal: AbortSignal): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(firstFrame));
      signal.addEventListener("abort", () => controller.error(signal.reason));
    },
  });
  return new HttpResponse(body, { headers: { "content-type": "text/event-stream" } });
}
