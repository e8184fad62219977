import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import { describe, expect, it } from "vitest";
import { ModelError } from "../../../src/core/model/model-error";
import { mapOpenAiError } from "../../../src/providers/openai/map-openai-error";

const context = { provider: "openai", modelId: "gpt-5.4-mini", apiKey: "sk-test-abcdefgh" };

function statusError(status: number, headers: Record<string, string> = {}) {
  const body = { error: { message: "failed", type: "error", param: null, code: null } };
  return APIError.generate(status, body, undefined, new Headers(headers));
}

describe("mapOpenAiError", () => {
  it.each([
    [400, "bad_request"],
    [401, "authentication"],
    [403, "authentication"],
    [404, "bad_request"],
    [408, "request_timeout"],
    [409, "conflict"],
    [422, "bad_request"],
    [429, "rate_limited"],
    [500, "overloaded"],
    [502, "overloaded"],
    [503, "overloaded"],
  ] as const)("maps status %i to %s", (status, kind) => {
    expect(mapOpenAiError(statusError(status), context)).toMatchObject({ kind, status });
  });

  it("maps the connection errors and a user abort", () => {
    expect(mapOpenAiError(new APIConnectionError({}), context).kind).toBe("network");
    expect(mapOpenAiError(new APIConnectionTimeoutError(), context).kind).toBe("timeout");
    expect(mapOpenAiError(new APIUserAbortError(), context).kind).toBe("timeout");
  });

  it("maps an error event inside a stream by its type and code", () => {
    const serverError = new APIError(undefined, { type: "server_error" }, undefined, new Headers());
    const rateLimit = new APIError(
      undefined,
      { code: "rate_limit_exceeded" },
      undefined,
      undefined,
    );
    expect(mapOpenAiError(serverError, context).kind).toBe("overloaded");
    expect(mapOpenAiError(rateLimit, context).kind).toBe("rate_limited");
  });

  it("reads retry-after-ms, then retry-after", () => {
    expect(mapOpenAiError(statusError(429, { "retry-after-ms": "1500" }), context)).toMatchObject({
      retryAfterMs: 1500,
    });
    expect(mapOpenAiError(statusError(429, { "retry-after": "3" }), context)).toMatchObject({
      retryAfterMs: 3000,
    });
  });

  it("keeps an existing ModelError and wraps anything else as unknown", () => {
    const existing = new ModelError("already mapped", { kind: "truncated", ...context });
    expect(mapOpenAiError(existing, context)).toBe(existing);
    expect(mapOpenAiError(new TypeError("boom"), context).kind).toBe("unknown");
  });

  it("removes the key from the message", () => {
    const error = new APIConnectionError({ message: "failed with sk-test-abcdefgh" });
    expect(mapOpenAiError(error, context).message).not.toContain("sk-test-abcdefgh");
  });
});
