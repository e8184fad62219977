import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { afterAll, beforeAll } from "vitest";
import type { RequestLogEntry } from "../../../mock-llm/mock-llm-options";
import {
  type StartedMockLlm,
  type StartMockLlmOptions,
  startMockLlmServer,
} from "../../../mock-llm/start-mock-llm-server";

export interface MockFixture {
  readonly mock: StartedMockLlm;
  readonly openai: OpenAI;
  readonly anthropic: Anthropic;
  /** Every finished request, in order. */
  readonly log: RequestLogEntry[];
}

/** Starts the mock in-process on a free port and the two official SDK clients against it. */
export async function startMock(
  options: StartMockLlmOptions = {},
  clientOptions: { readonly timeout?: number; readonly maxRetries?: number } = {},
): Promise<MockFixture> {
  const log: RequestLogEntry[] = [];
  const mock = await startMockLlmServer({ ...options, onRequest: (entry) => log.push(entry) });
  const maxRetries = clientOptions.maxRetries ?? 0;
  const timeout = clientOptions.timeout ?? 10_000;
  return {
    mock,
    log,
    openai: new OpenAI({ apiKey: "mock", baseURL: `${mock.url}/v1`, maxRetries, timeout }),
    anthropic: new Anthropic({ apiKey: "mock", baseURL: mock.url, maxRetries, timeout }),
  };
}

/** One mock for the whole file, closed after it. */
export function useMock(options: StartMockLlmOptions = {}): () => MockFixture {
  let fixture: MockFixture | undefined;
  beforeAll(async () => {
    fixture = await startMock(options);
  });
  afterAll(async () => {
    await fixture?.mock.close();
  });
  return () => {
    if (!fixture) throw new Error("mock not started");
    return fixture;
  };
}
