import type { GenerateRequest, GenerateResult, LanguageModel } from "./language-model";
import { isModelError } from "./model-error";

export interface RetryPolicy {
  /** Retries after the first attempt. */
  readonly maxRetries: number;
  /** First backoff delay; doubled on each retry, with jitter. */
  readonly baseDelayMs: number;
  /** A vendor asking to wait longer than this is not retried (the next provider is tried). */
  readonly maxDelayMs: number;
  readonly sleep?: (milliseconds: number) => Promise<void>;
  readonly random?: () => number;
}

const defaultSleep = (milliseconds: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

/** Retries retryable failures (408, 409, 429, 5xx, timeouts, malformed output), honouring Retry-After. */
export function withRetry(model: LanguageModel, policy: RetryPolicy): LanguageModel {
  const sleep = policy.sleep ?? defaultSleep;
  const random = policy.random ?? Math.random;
  const generate = async (request: GenerateRequest): Promise<GenerateResult> => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await model.generate(request);
      } catch (error) {
        const delay = retryDelay(error, attempt, policy, random);
        if (delay === undefined || request.signal?.aborted) throw error;
        await sleep(delay);
      }
    }
  };
  return { provider: model.provider, modelId: model.modelId, generate };
}

function retryDelay(
  error: unknown,
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
): number | undefined {
  if (!isModelError(error) || !error.isRetryable || attempt >= policy.maxRetries) return undefined;
  if (error.retryAfterMs !== undefined) {
    return error.retryAfterMs <= policy.maxDelayMs ? error.retryAfterMs : undefined;
  }
  const exponential = policy.baseDelayMs * 2 ** attempt;
  return Math.min(policy.maxDelayMs, exponential * (0.5 + random() / 2));
}
