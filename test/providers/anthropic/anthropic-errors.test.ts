import { delay, HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import type { GenerateRequest } from "../../../src/core/model/language-model";
import { createAnthropicLanguageModel } from "../../../src/providers/anthropic/anthropic-language-model";
import authenticationError from "../../fixtures/anthropic/authentication-error.json";
import overloadedStreamFixture from "../../fixtures/anthropic/message-stream-overloaded.txt";
import overloadedError from "../../fixtures/anthropic/overloaded-error.json";
import rateLimitError from "../../fixtures/anthropic/rate-limit-error.json";
import { setupMockNetwork } from "../../support/mock-network";
import { captureModelError } from "../support/capture-model-error";
import { collectStream } from "../support/collect-stream";
import { eventStreamResponse, stallingEventStreamResponse } from "../support/event-stream-response";

const network = setupMockNetwork();

const messagesUrl = "https://api.anthropic.com/v1/messages";
const apiKey = "sk-ant-api03-secret-9Wq4Zr7Tn2Lx5Vb8";

const request: GenerateRequest = {
  messages: [{ role: "user", content: "Le gouvernement a présenté son budget mardi." }],
  maxOutputTokens: 256,
};

function createModel() {
  return createAnthropicLanguageModel({ apiKey, modelId: "claude-sonnet-4-6" });
}

/** Answers every call with `response`; returns a live count of the calls. */
function answerWith(response: () => Response | Promise<Response>) {
  const calls = { count: 0 };
  network.use(
    http.post(messagesUrl, () => {
      calls.count += 1;
      return response();
    }),
  );
  return calls;
}

describe("Anthropic errors", () => {
  it("maps 429 to rate_limited with the Retry-After delay, and never retries itself", async () => {
    const calls = answerWith(() =>
      HttpResponse.json(rateLimitError, { status: 429, headers: { "retry-after": "7" } }),
    );

    const error = await captureModelError(() => createModel().generate(request));

    expect(error).toMatchObject({
      kind: "rate_limited",
      provider: "anthropic",
      modelId: "claude-sonnet-4-6",
      status: 429,
      retryAfterMs: 7000,
    });
    expect(error.message).toContain("would exceed the rate limit");
    expect(error.isRetryable).toBe(true);
    expect(calls.count).toBe(1);
  });

  it("reads a Retry-After given as an HTTP date", async () => {
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    answerWith(() =>
      HttpResponse.json(rateLimitError, { status: 429, headers: { "retry-after": inTenSeconds } }),
    );

    const error = await captureModelError(() => createModel().generate(request));

    expect(error.retryAfterMs).toBeGreaterThan(8_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(10_000);
  });

  it("maps 529 overloaded_error to overloaded", async () => {
    answerWith(() => HttpResponse.json(overloadedError, { status: 529 }));

    const error = await captureModelError(() => createModel().generate(request));

    expect(error).toMatchObject({ kind: "overloaded", status: 529 });
    expect(error.isRetryable).toBe(true);
  });

  it("maps 500 to overloaded", async () => {
    answerWith(() =>
      HttpResponse.json(
        { type: "error", error: { type: "api_error", message: "Internal server error" } },
        { status: 500 },
      ),
    );

    const error = await captureModelError(() => createModel().generate(request));

    expect(error).toMatchObject({ kind: "overloaded", status: 500 });
  });

  it("maps 401 to authentication, not retryable, without leaking the key", async () => {
    answerWith(() => HttpResponse.json(authenticationError, { status: 401 }));

    const error = await captureModelError(() => createModel().generate(request));

    expect(error).toMatchObject({ kind: "authentication", status: 401 });
    expect(error.isRetryable).toBe(false);
    expect(error.message).not.toContain(apiKey);
  });

  it("maps an error event inside the stream to its kind", async () => {
    answerWith(() => eventStreamResponse(overloadedStreamFixture));

    const error = await captureModelError(() => collectStream(createModel(), request));

    expect(error.kind).toBe("overloaded");
    expect(error.message).toContain("Overloaded");
  });

  it("maps an already aborted signal to timeout", async () => {
    answerWith(() => HttpResponse.json(overloadedError, { status: 529 }));

    const error = await captureModelError(() =>
      createModel().generate({ ...request, signal: AbortSignal.abort() }),
    );

    expect(error.kind).toBe("timeout");
  });

  it("maps a signal aborted while waiting for the answer to timeout", async () => {
    answerWith(async () => {
      await delay("infinite");
      return HttpResponse.json(overloadedError, { status: 529 });
    });

    const error = await captureModelError(() =>
      createModel().generate({ ...request, signal: AbortSignal.timeout(20) }),
    );

    expect(error.kind).toBe("timeout");
  });

  it("maps a stream aborted halfway to timeout instead of a short finish", async () => {
    const controller = new AbortController();
    const firstFrame =
      'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"The"}}\n\n';
    network.use(
      http.post(messagesUrl, ({ request: received }) =>
        stallingEventStreamResponse(firstFrame, received.signal),
      ),
    );
    setTimeout(() => controller.abort(), 20);

    const error = await captureModelError(() =>
      collectStream(createModel(), { ...request, signal: controller.signal }),
    );

    expect(error.kind).toBe("timeout");
  });
});
