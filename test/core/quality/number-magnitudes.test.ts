import { describe, expect, it } from "vitest";
import { readMagnitude } from "../../../src/core/quality/number-magnitudes";

describe("readMagnitude", () => {
  it.each([
    ["fr", "3 milliards", 1e9],
    ["fr", "3 Millions", 1e6],
    ["fr", "3 milliers", 1e3],
    ["fr", "3 mille", 1e3],
    ["fr", "3 Md€", 1e9],
    ["fr", "3 M€", 1e6],
    ["fr", "3 k€", 1e3],
    ["en", "3\u212a", 1e3],
    ["en", "3 thousand", 1e3],
    ["en", "3 Billion", 1e9],
    ["en", "3bn", 1e9],
    ["en", "3tn", 1e12],
    ["en", "3k", 1e3],
    ["en", "3m", 1e6],
    ["ru", "3 тыс.", 1e3],
    ["ru", "3-миллиардный", 1e9],
    ["ru", "3 МЛН", 1e6],
    ["kk", "3 мыңнан", 1e3],
    ["kk", "3 трлн-ға", 1e12],
  ] as const)("reads %s %s", (locale, text, multiplier) => {
    expect(readMagnitude(text, 1, locale)?.multiplier).toBe(multiplier);
  });

  it.each([
    ["fr", "3 ans"],
    ["fr", "3 €"],
    ["en", "3 years"],
    ["ru", "3 года"],
    ["kk", "3 жыл"],
    ["fr", "3"],
  ] as const)("reads nothing after %s %s", (locale, text) => {
    expect(readMagnitude(text, 1, locale)).toBeUndefined();
  });
});
