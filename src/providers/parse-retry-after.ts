/** The subset of `Headers` the parser needs, so both SDKs' header objects fit. */
interface HeaderSource {
  get(name: string): string | null;
}

/**
 * Reads the delay a vendor asked for: `retry-after-ms` (milliseconds, OpenAI and Anthropic)
 * first, then `retry-after` as seconds or as an HTTP date. Returns undefined when absent or invalid.
 */
export function parseRetryAfter(
  headers: HeaderSource | undefined,
  now: Date = new Date(),
): number | undefined {
  if (headers === undefined) {
    return undefined;
  }
  return (
    parseMilliseconds(headers.get("retry-after-ms")) ??
    parseRetryAfterValue(headers.get("retry-after"), now)
  );
}

function parseMilliseconds(value: string | null): number | undefined {
  return toDelay(parseNumber(value));
}

function parseRetryAfterValue(value: string | null, now: Date): number | undefined {
  const seconds = parseNumber(value);
  if (seconds !== undefined) {
    return toDelay(seconds * 1000);
  }
  return parseHttpDate(value, now);
}

function parseHttpDate(value: string | null, now: Date): number | undefined {
  if (value === null) {
    return undefined;
  }
  const timestamp = Date.parse(value);
  if (Number.isNaN(timestamp)) {
    return undefined;
  }
  return Math.max(0, timestamp - now.getTime());
}

function parseNumber(value: string | null): number | undefined {
  if (value === null || value.trim() === "") {
    return undefined;
  }
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : undefined;
}

function toDelay(milliseconds: number | undefined): number | undefined {
  if (milliseconds === undefined || milliseconds < 0) {
    return undefined;
  }
  return Math.ceil(milliseconds);
}
