import type { IncomingMessage, ServerResponse } from "node:http";

/** Larger bodies get 413: the worker's articles stay far below this. */
export const maxBodyBytes = 10 * 1024 * 1024;

/** The request body as UTF-8 text, or undefined when it exceeds `limitBytes`. */
export async function readBody(
  request: IncomingMessage,
  limitBytes: number = maxBodyBytes,
): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size <= limitBytes) chunks.push(buffer);
  }
  return size <= limitBytes ? Buffer.concat(chunks).toString("utf8") : undefined;
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (response.headersSent || response.destroyed) return;
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(text)),
    ...headers,
  });
  response.end(text);
}

/** Resolves once `signal` aborts, i.e. when the client has disconnected. */
export function waitForAbort(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) =>
    signal.addEventListener("abort", () => resolve(), { once: true }),
  );
}
