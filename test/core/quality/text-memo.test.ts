import { describe, expect, it } from "vitest";
import { createTextMemo } from "../../../src/core/quality/text-memo";

describe("createTextMemo", () => {
  it("computes once per text, undefined results included, and empties itself when full", () => {
    const calls: string[] = [];
    const memo = createTextMemo((text) => {
      calls.push(text);
      return text === "none" ? undefined : text.length;
    }, 2);
    expect([memo("ab"), memo("ab"), memo("none"), memo("none")]).toEqual([
      2,
      2,
      undefined,
      undefined,
    ]);
    expect(calls).toEqual(["ab", "none"]);
    memo("abc");
    memo("ab");
    expect(calls).toEqual(["ab", "none", "abc", "ab"]);
  });
});
