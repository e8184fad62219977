import { delay, HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import type { GenerateRequest } from "../../../src/core/model/language-model";
import { createOpenAiLanguageModel } from "../../../src/providers/openai/openai-language-model";
import invalidApiKeyError from "../../fixtures/openai/invalid-api-key-error.json";
import rateLimitError from "../../fixtures/openai/rate-limit-error.json";
import serverError from "../../fixtures/openai/server-error.json";
import { setupMockNetwork } from "../../support/mock-network";
import { captureModelError } from "../support/capture-model-error";
import { collectStream } from "../support/collect-stream";
import { stallingEventStreamResponse } from "../support/event-stream-response";

const network = setupMockNetwork();

const completionsUrl = "https://api.openai.com/v1/chat/completions";
const apiKey = "sk-proj-secret-7Hq2Lm9Xv4Tb8Rk3Zx4Q";

const request: GenerateRequest = {
  messages: [{ role: "user", content: "Le gouvernement a présenté son budget mardi." }],
  maxOutputTokens: 256,
};

function createModel() {
  return createOpenAiLanguageModel({ apiKey, modelId: "gpt-5.4-mini" });
}

/** Answers every call with `response`; returns a live count of the calls. */
function answerWith(response: () => Response | Promise<Response>) {
  const calls = { count: 0 };
  network.use(
    http.post(completionsUrl, () => {
      calls.count += 1;
      return response();
    }),
  );
  return calls;
}

describe("OpenAI errors", () => {
  it("maps 429 to rate_limited with the Retry-After delay, and never retries itself", async () => {
    const calls = answerWith(() =>
      HttpResponse.json(rateLimitError, { status: 429, headers: { "retry-after": "2" } }),
    );

    const error = await captureModelError(() => createModel().generate(request));

    expect(error).toMatchObject({
      kind: "rate_limited",
      provider: "openai",
      modelId: "gpt-5.4-mini",
      status: 429,
      retryAfterMs: 2000,
    });
    expect(error.isRetryable).toBe(true);
    expect(calls.count).toBe(1);
  });

  it("prefers retry-after-ms over retry-after", async () => {
    answerWith(() =>
      HttpResponse.json(rateLimitError, {
        status: 429,
        headers: { "retry-after-ms": "248", "retry-after": "1" },
      }),
    );

    const error = await captureModelError(() => createModel().generate(request));

    expect(error.retryAfterMs).toBe(248);
  });

  it("maps 500 to overloaded", async () => {
    answerWith(() => HttpResponse.json(serverError, { status: 500 }));

    const error = await captureModelError(() => createModel().generate(request));

    expect(error).toMatchObject({ kind: "overloaded", status: 500 });
    expect(error.isRetryable).toBe(true);
  });

  it("maps 401 to authentication, not retryable, without leaking the key", async () => {
    answerWith(() => HttpResponse.json(invalidApiKeyError, { status: 401 }));

    const error = await captureModelError(() => createModel().generate(request));

    expect(error).toMatchObject({ kind: "authentication", status: 401 });
    expect(error.isRetryable).toBe(false);
    expect(error.message).toContain("Incorrect API key provided");
    expect(error.message).not.toContain(apiKey);
    expect(error.message).not.toMatch(/sk-proj-\*+/);
  });

  it("maps a failed connection to network", async () => {
    answerWith(() => HttpResponse.error());

    const error = await captureModelError(() => createModel().generate(request));

    expect(error.kind).toBe("network");
    expect(error.isRetryable).toBe(true);
  });

  it("maps an already aborted signal to timeout", async () => {
    answerWith(() => HttpResponse.json(serverError, { status: 500 }));

    const error = await captureModelError(() =>
      createModel().generate({ ...request, signal: AbortSignal.abort() }),
    );

    expect(error.kind).toBe("timeout");
  });

  it("maps a signal aborted while waiting for the answer to timeout", async () => {
    answerWith(async () => {
      await delay("infinite");
      return HttpResponse.json(serverError, { status: 500 });
    });

    const error = await captureModelError(() =>
      createModel().generate({ ...request, signal: AbortSignal.timeout(20) }),
    );

    expect(error.kind).toBe("timeout");
  });

  it("maps a stream aborted halfway to timeout instead of a short finish", async () => {
    const controller = new AbortController();
    const firstFrame = `data: ${JSON.stringify({
      id: "chatcmpl-1",
      object: "chat.completion.chunk",
      created: 1767225720,
      model: "gpt-5.4-mini-2026-03-17",
      choices: [{ index: 0, delta: { content: "The" }, logprobs: null, finish_reason: null }],
      usage: null,
    })}\n\n`;
    network.use(
      http.post(completionsUrl, ({ request: received }) =>
        stallingEventStreamResponse(firstFrame, received.signal),
      ),
    );
    setTimeout(() => controller.abort(), 20);

    const error = await captureModelError(() =>
      collectStream(createModel(), { ...request, signal: controller.signal }),
    );

    expect(error.kind).toBe("timeout");
  });

  it("maps an error status on a stream request", async () => {
    answerWith(() =>
      HttpResponse.json(rateLimitError, { status: 429, headers: { "retry-after": "1" } }),
    );

    const error = await captureModelError(() => collectStream(createModel(), request));

    expect(error).toMatchObject({ kind: "rate_limited", retryAfterMs: 1000 });
  });
});
