import { describe, expect, it } from "vitest";
import { decideFault, seededRandom } from "../../mock-llm/faults";
import { resolveRequestSettings, serverSettings } from "../../mock-llm/request-settings";

describe("decideFault", () => {
  const always = { faults: ["rate_limit"] as const, rate: undefined, firstN: undefined, seed: 1 };

  it("faults every request, only the first N, or none", () => {
    expect(decideFault(always, 1)).toBe("rate_limit");
    expect(decideFault(always, 99)).toBe("rate_limit");
    expect(decideFault({ ...always, firstN: 2 }, 2)).toBe("rate_limit");
    expect(decideFault({ ...always, firstN: 2 }, 3)).toBeUndefined();
    expect(decideFault({ ...always, faults: [] }, 1)).toBeUndefined();
    expect(decideFault({ ...always, rate: 0 }, 1)).toBeUndefined();
    expect(decideFault({ ...always, rate: 1 }, 1)).toBe("rate_limit");
  });

  it("draws a seeded, roughly uniform rate and picks among several faults", () => {
    const policy = { ...always, faults: ["server_error", "truncate"] as const, rate: 0.3, seed: 9 };
    const draws = Array.from({ length: 2000 }, (_unused, index) => decideFault(policy, index + 1));
    const faulted = draws.filter((draw) => draw !== undefined);
    expect(faulted.length / draws.length).toBeGreaterThan(0.25);
    expect(faulted.length / draws.length).toBeLessThan(0.35);
    expect(new Set(faulted)).toEqual(new Set(["server_error", "truncate"]));
    expect(
      Array.from({ length: 2000 }, (_unused, index) => decideFault(policy, index + 1)),
    ).toEqual(draws);
    expect(seededRandom(1, 1, 1)).not.toBe(seededRandom(2, 1, 1));
  });
});

describe("request settings", () => {
  const defaults = serverSettings({
    ttftMs: 100,
    fault: "server_error",
    faultRate: 0.5,
    faultFirstN: 3,
  });

  it("keeps the server settings without headers", () => {
    expect(resolveRequestSettings(defaults, {})).toEqual(defaults);
  });

  it("lets each header override its setting; a fault header drops the server's rate and first N", () => {
    const settings = resolveRequestSettings(defaults, {
      "x-mock-ttft-ms": "5",
      "x-mock-tokens-per-second": "30",
      "x-mock-fault": "timeout",
    });
    expect(settings.latency).toEqual({ ttftMs: 5, tokensPerSecond: 30 });
    expect(settings.faultPolicy).toEqual({
      faults: ["timeout"],
      rate: undefined,
      firstN: undefined,
      seed: 1,
    });
    const limited = resolveRequestSettings(defaults, {
      "x-mock-fault-rate": "0.1",
      "x-mock-seed": "4",
    });
    expect(limited.faultPolicy).toMatchObject({
      faults: ["server_error"],
      rate: 0.1,
      firstN: 3,
      seed: 4,
    });
    expect(resolveRequestSettings(defaults, { "x-mock-fault": "none" }).faultPolicy.faults).toEqual(
      [],
    );
  });

  it("throws on invalid values", () => {
    expect(() => resolveRequestSettings(defaults, { "x-mock-fault": "boom" })).toThrow(
      /x-mock-fault/,
    );
    expect(() => resolveRequestSettings(defaults, { "x-mock-fault-rate": "2" })).toThrow(
      /between 0 and 1/,
    );
    expect(() => serverSettings({ ttftMs: -1 })).toThrow(/ttftMs/);
  });
});
