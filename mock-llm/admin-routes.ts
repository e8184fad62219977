import { sendJson } from "./http-io";
import type { RouteContext } from "./route-context";
import { resetServerStats } from "./server-stats";

/**
 * The mock's own endpoints, outside both vendors' APIs:
 * `GET /` and `GET /__mock/health` (alive), `GET /__mock/stats` (request and fault counters),
 * `POST /__mock/reset` (counters back to zero, so `MOCK_LLM_FAULT_FIRST_N` counts afresh).
 * Returns false when the request is for none of them.
 */
export function handleAdminRoute(context: RouteContext): boolean {
  const { method, path, response, stats } = context;
  if (method === "GET" && (path === "/" || path === "/__mock/health")) {
    sendJson(response, 200, {
      status: "ok",
      name: "tilmash mock-llm",
      endpoints: [
        "POST /v1/chat/completions",
        "GET /v1/models",
        "POST /v1/messages",
        "POST /v1/messages/count_tokens",
        "GET /__mock/stats",
        "POST /__mock/reset",
      ],
    });
    return true;
  }
  if (method === "GET" && path === "/__mock/stats") {
    sendJson(response, 200, stats);
    return true;
  }
  if (method === "POST" && path === "/__mock/reset") {
    resetServerStats(stats);
    sendJson(response, 200, stats);
    return true;
  }
  return false;
}
