import { http } from "msw";
import type { Bindings } from "../../../src/config/bindings";
import { callWorker } from "../call-worker";

/** The variables of the compatible APIs, on top of the worker's own. */
export type CompatVariables = Partial<Bindings> & {
  readonly DEEPL_CHARACTER_LIMIT?: string;
  readonly LLM_LATENCY_OPTIMIZED_MODEL?: string;
};

/** Where client libraries are pointed: msw hands their requests to the worker in process. */
export const workerUrl = "http://tilmash.test";

export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly contentType: string;
  readonly authorization: string;
  readonly body: string;
}

/**
 * An msw handler that serves `workerUrl` with the real worker (`callWorker`), so a client
 * library's own HTTP stack (axios over node:http in workerd) talks to it as to a server.
 * Each request is recorded, body included, for assertions on what the client sent.
 */
export function serveWorker(variables: CompatVariables, seen: SeenRequest[] = []) {
  return http.all(`${workerUrl}/*`, async ({ request }) => {
    const body = await request.arrayBuffer();
    const headers = new Headers(request.headers);
    seen.push({
      method: request.method,
      path: new URL(request.url).pathname,
      contentType: headers.get("Content-Type") ?? "",
      authorization: headers.get("Authorization") ?? "",
      body: new TextDecoder().decode(body),
    });
    const hasBody = request.method !== "GET" && request.method !== "HEAD";
    const forwarded = new Request(request.url, {
      method: request.method,
      headers,
      body: hasBody ? body : null,
    });
    return callWorker(forwarded, variables);
  });
}
