import { describe, expect, it } from "vitest";
import { countTokens } from "../../mock-llm/count-tokens";
import { firstHalf, truncateToTokens } from "../../mock-llm/truncate-to-tokens";

describe("countTokens", () => {
  it("counts o200k tokens, Cyrillic costing more than Latin", () => {
    expect(countTokens("")).toBe(0);
    expect(countTokens("hello")).toBe(1);
    expect(countTokens("The government announced a plan.")).toBe(6);
    expect(countTokens("Ле ғұвернемеңт дәблоқі")).toBeGreaterThan(countTokens("Le gouvernement"));
  });

  it("counts text that looks like a special token instead of refusing it", () => {
    expect(countTokens("<|endoftext|>")).toBeGreaterThan(1);
  });
});

describe("truncateToTokens", () => {
  it("keeps the longest prefix within the limit", () => {
    const text = "Қазақстан ⟦1⟧ and more words here ".repeat(10);
    const cut = truncateToTokens(text, 17);
    expect(countTokens(cut)).toBeLessThanOrEqual(17);
    expect(countTokens(cut)).toBeGreaterThanOrEqual(15);
    expect(text.startsWith(cut)).toBe(true);
    expect(truncateToTokens("short", 10)).toBe("short");
  });

  it("halves by characters without splitting surrogate pairs", () => {
    expect(firstHalf("abcd😀😀")).toBe("abc");
    expect(firstHalf("😀😀")).toBe("😀");
  });
});
