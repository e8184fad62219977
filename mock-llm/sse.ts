import type { ServerResponse } from "node:http";

/** Sends the headers of a `text/event-stream` answer right away. */
export function startEventStream(
  response: ServerResponse,
  headers: Readonly<Record<string, string>> = {},
): void {
  response.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache",
    ...headers,
  });
  response.flushHeaders();
}

/** One server-sent event: `event: name` (Anthropic style) when given, then `data: {json}`. */
export function writeEvent(response: ServerResponse, data: unknown, event?: string): void {
  if (response.destroyed || response.writableEnded) return;
  const eventLine = event === undefined ? "" : `event: ${event}\n`;
  response.write(`${eventLine}data: ${JSON.stringify(data)}\n\n`);
}

/** OpenAI's end-of-stream sentinel. */
export function writeDone(response: ServerResponse): void {
  if (response.destroyed || response.writableEnded) return;
  response.write("data: [DONE]\n\n");
}
