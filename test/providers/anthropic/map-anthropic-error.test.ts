import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from "@anthropic-ai/sdk";
import { describe, expect, it } from "vitest";
import { mapAnthropicError } from "../../../src/providers/anthropic/map-anthropic-error";

const context = { provider: "anthropic", modelId: "claude-sonnet-4-6", apiKey: "sk-ant-abcdefgh" };

function statusError(status: number, type = "api_error") {
  const body = { type: "error", error: { type, message: "failed" }, request_id: "req_1" };
  return APIError.generate(status, body, undefined, new Headers());
}

function streamedError(type: string) {
  const body = { type: "error", error: { type, message: "failed" } };
  return new APIError(undefined, body, undefined, new Headers());
}

describe("mapAnthropicError", () => {
  it.each([
    [400, "bad_request"],
    [401, "authentication"],
    [403, "authentication"],
    [404, "bad_request"],
    [408, "request_timeout"],
    [409, "conflict"],
    [413, "bad_request"],
    [429, "rate_limited"],
    [500, "overloaded"],
    [504, "overloaded"],
    [529, "overloaded"],
  ] as const)("maps status %i to %s", (status, kind) => {
    expect(mapAnthropicError(statusError(status), context)).toMatchObject({ kind, status });
  });

  it.each([
    ["overloaded_error", "overloaded"],
    ["rate_limit_error", "rate_limited"],
    ["api_error", "overloaded"],
    ["invalid_request_error", "bad_request"],
  ] as const)("maps a streamed %s to %s", (type, kind) => {
    expect(mapAnthropicError(streamedError(type), context).kind).toBe(kind);
  });

  it("maps the connection errors and a user abort", () => {
    expect(mapAnthropicError(new APIConnectionError({}), context).kind).toBe("network");
    expect(mapAnthropicError(new APIConnectionTimeoutError(), context).kind).toBe("timeout");
    expect(mapAnthropicError(new APIUserAbortError(), context).kind).toBe("timeout");
  });

  it("uses the body's message rather than the JSON dump of the body", () => {
    const error = mapAnthropicError(statusError(529, "overloaded_error"), context);
    expect(error.message).toBe("anthropic: 529 failed");
  });
});
