import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { handleAdminRoute } from "./admin-routes";
import {
  handleAnthropicCountTokens,
  handleAnthropicMessages,
  handleAnthropicModel,
  handleAnthropicModels,
  sendAnthropicError,
} from "./anthropic-routes";
import { readBody, sendJson } from "./http-io";
import type { MockLlmOptions } from "./mock-llm-options";
import {
  handleOpenAiChatCompletions,
  handleOpenAiModel,
  handleOpenAiModels,
  sendOpenAiError,
} from "./openai-routes";
import { type RequestSettings, serverSettings } from "./request-settings";
import type { RouteContext } from "./route-context";
import { createServerStats, resetServerStats, type ServerStats } from "./server-stats";
import { anthropicError, openAiError } from "./vendor-errors";

const statsByServer = new WeakMap<Server, ServerStats>();

/**
 * A mock of the OpenAI Chat Completions and Anthropic Messages APIs that answers the
 * worker's translation and summary prompts with deterministic pseudo-translations.
 * Not listening yet: call `listen` (port 0 picks a free port) or use `startMockLlmServer`.
 * Throws when an option is invalid.
 */
export function createMockLlmServer(options: MockLlmOptions = {}): Server {
  const defaults = serverSettings(options);
  const stats = createServerStats();
  const server = createServer((request, response) => {
    handleRequest(request, response, defaults, stats, options).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (response.headersSent) response.destroy();
      else
        sendJson(
          response,
          500,
          openAiError(500, `mock-llm failed: ${message}`, "server_error").body,
        );
    });
  });
  statsByServer.set(server, stats);
  return server;
}

/** A copy of the server's counters: completion requests (by vendor) and faults injected. */
export function getMockLlmStats(server: Server): ServerStats {
  return structuredClone(requireStats(server));
}

/** Zeroes the counters, so that `faultFirstN` applies to the next requests again. */
export function resetMockLlmStats(server: Server): void {
  resetServerStats(requireStats(server));
}

function requireStats(server: Server): ServerStats {
  const stats = statsByServer.get(server);
  if (!stats) throw new Error("Not a server made by createMockLlmServer");
  return stats;
}

async function handleRequest(
  request: IncomingMessage,
  response: ServerResponse,
  defaults: RequestSettings,
  stats: ServerStats,
  options: MockLlmOptions,
): Promise<void> {
  const startedAt = performance.now();
  const method = request.method ?? "GET";
  const path = new URL(request.url ?? "/", "http://mock-llm.invalid").pathname.replace(
    /(.)\/+$/,
    "$1",
  );
  const controller = new AbortController();
  let detail = "";
  response.on("close", () => {
    if (!response.writableFinished) controller.abort();
    options.onRequest?.({
      method,
      path,
      status: response.headersSent ? response.statusCode : 0,
      durationMs: Math.round(performance.now() - startedAt),
      detail,
    });
  });
  const body = await readBody(request);
  const context: RouteContext = {
    request,
    response,
    method,
    path,
    body: body ?? "",
    defaults,
    stats,
    signal: controller.signal,
    describe: (text) => {
      detail = text;
    },
  };
  if (body === undefined)
    return sendVendorError(context, 413, "Request body too large for mock-llm.");
  await route(context);
}

async function route(context: RouteContext): Promise<void> {
  const { method, path } = context;
  const isAnthropic = context.request.headers["anthropic-version"] !== undefined;
  if (method === "POST" && (path === "/v1/chat/completions" || path === "/chat/completions")) {
    return handleOpenAiChatCompletions(context);
  }
  if (method === "POST" && path === "/v1/messages") return handleAnthropicMessages(context);
  if (method === "POST" && path === "/v1/messages/count_tokens") {
    return handleAnthropicCountTokens(context);
  }
  if (method === "GET" && (path === "/v1/models" || path === "/models")) {
    return isAnthropic ? handleAnthropicModels(context) : handleOpenAiModels(context);
  }
  const model = /^\/v1\/models\/([^/]+)$/.exec(path)?.[1];
  if (method === "GET" && model !== undefined) {
    const id = decodeURIComponent(model);
    return isAnthropic ? handleAnthropicModel(context, id) : handleOpenAiModel(context, id);
  }
  if (handleAdminRoute(context)) return;
  sendVendorError(context, 404, `Invalid URL (${method} ${path})`);
}

/** An error in the shape of the vendor the client seems to speak to. */
function sendVendorError(context: RouteContext, status: 404 | 413, message: string): void {
  const speaksAnthropic =
    context.request.headers["anthropic-version"] !== undefined ||
    context.path.startsWith("/v1/messages");
  if (speaksAnthropic) {
    const type = status === 404 ? "not_found_error" : "request_too_large";
    sendAnthropicError(context, anthropicError(status, type, message));
  } else {
    sendOpenAiError(context, openAiError(status, message, "invalid_request_error"));
  }
}
