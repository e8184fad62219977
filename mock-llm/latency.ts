/** How slow the mock model is. */
export interface LatencySettings {
  /** Delay before the first output token. */
  readonly ttftMs: number;
  /** Output speed after the first token; 0 means instant. */
  readonly tokensPerSecond: number;
}

/** Time to generate `outputTokens` after the first one arrived. */
export function generationMs(outputTokens: number, latency: LatencySettings): number {
  return latency.tokensPerSecond > 0 ? (outputTokens / latency.tokensPerSecond) * 1000 : 0;
}

/** Waits `ms`, or less if `signal` aborts first (then it resolves too: check `signal.aborted`). */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0 || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}

/** Stream deltas: one word with its trailing whitespace each, concatenating back to `text`. */
export function splitIntoDeltas(text: string): string[] {
  return text.match(/\S+\s*|\s+/gu) ?? [];
}

/**
 * Yields the deltas of `text` at the pace of `latency`: the first after `ttftMs`, the last
 * `outputTokens / tokensPerSecond` seconds later, the others evenly in between (by characters).
 * Stops early when `signal` aborts (the client went away).
 */
export async function* paceDeltas(
  text: string,
  outputTokens: number,
  latency: LatencySettings,
  signal: AbortSignal,
): AsyncGenerator<string> {
  await sleep(latency.ttftMs, signal);
  const firstTokenAt = performance.now();
  const totalMs = generationMs(outputTokens, latency);
  const totalCharacters = Math.max(1, text.length);
  let charactersSent = 0;
  for (const delta of splitIntoDeltas(text)) {
    if (signal.aborted) return;
    // The first delta goes out at once; each later one when its last character is "generated".
    if (charactersSent > 0) {
      const dueAt = firstTokenAt + ((charactersSent + delta.length) / totalCharacters) * totalMs;
      await sleep(dueAt - performance.now(), signal);
      if (signal.aborted) return;
    }
    yield delta;
    charactersSent += delta.length;
  }
}
