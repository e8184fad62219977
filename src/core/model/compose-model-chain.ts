import type { LanguageModel } from "./language-model";
import { withFallback } from "./with-fallback";
import { type RetryPolicy, withRetry } from "./with-retry";
import { withTimeout } from "./with-timeout";
import { type UsageMeter, withUsageMeter } from "./with-usage-meter";
import { withValidation } from "./with-validation";

export interface ModelChainOptions {
  readonly retry: RetryPolicy;
  readonly timeoutMs: number;
  readonly meter: UsageMeter;
}

/** fallback(retry(validation(timeout(meter(adapter))))) for each provider, in order. */
export function composeModelChain(
  models: readonly LanguageModel[],
  options: ModelChainOptions,
): LanguageModel {
  const guarded = models.map((model) =>
    withRetry(
      withValidation(withTimeout(withUsageMeter(model, options.meter), options.timeoutMs)),
      options.retry,
    ),
  );
  return withFallback(guarded);
}
