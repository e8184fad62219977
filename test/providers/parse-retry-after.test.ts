import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "../../src/providers/parse-retry-after";

const now = new Date("2026-11-02T10:00:00Z");

function parse(headers: Record<string, string>) {
  return parseRetryAfter(new Headers(headers), now);
}

describe("parseRetryAfter", () => {
  it("reads retry-after-ms first", () => {
    expect(parse({ "retry-after-ms": "250.4", "retry-after": "9" })).toBe(251);
  });

  it("reads retry-after as seconds", () => {
    expect(parse({ "retry-after": "2" })).toBe(2000);
    expect(parse({ "retry-after": "0.5" })).toBe(500);
  });

  it("reads retry-after as an HTTP date, never negative", () => {
    expect(parse({ "retry-after": "Mon, 02 Nov 2026 10:00:30 GMT" })).toBe(30_000);
    expect(parse({ "retry-after": "Mon, 02 Nov 2026 09:59:00 GMT" })).toBe(0);
  });

  it("ignores missing, blank, negative and unparsable values", () => {
    expect(parse({})).toBeUndefined();
    expect(parse({ "retry-after": " " })).toBeUndefined();
    expect(parse({ "retry-after": "-3" })).toBeUndefined();
    expect(parse({ "retry-after": "soon" })).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});
