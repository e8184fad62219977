import { describe, expect, it } from "vitest";
import { dominantScript } from "../../../src/core/detection/writing-script";

describe("dominantScript", () => {
  it.each([
    ["Bonjour", "Latn"],
    ["Sözləşmə bağlandı", "Latn"],
    ["Қазақстан", "Cyrl"],
    ["Қазақстан Республикасы and Kazakhstan", "Cyrl"],
    ["Apple және", "Latn"],
    ["Ελλάδα", "Grek"],
    ["שלום", "Hebr"],
    ["日本語", "Hani"],
    ["한국어", "Hang"],
    ["", "Zyyy"],
    ["12:30 — 45 %", "Zyyy"],
  ])("%j is %s", (text, script) => {
    expect(dominantScript(text)).toBe(script);
  });

  it("answers Zzzz for letters of a script it does not count", () => {
    expect(dominantScript("ᚠᚢᚦᚨᚱᚲ")).toBe("Zzzz");
  });
});
