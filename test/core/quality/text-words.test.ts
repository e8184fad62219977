import { describe, expect, it } from "vitest";
import { foldLatinAccents } from "../../../src/core/quality/text-words";
import { trickyTexts } from "../text/tricky-texts";

/**
 * The fold as first written: texts without an accented Latin letter as they are; others by
 * NFD, marks after a Latin letter removed, NFC.
 */
function foldBySpecification(text: string): string {
  if (!/[\u00C0-\u024F\u1E00-\u1EFF]/u.test(text)) return text;
  return text
    .normalize("NFD")
    .replace(/(?<=[A-Za-z])\p{M}+/gu, "")
    .normalize("NFC");
}

const accented = [
  "Tokaïev, Élysée, Œuvre, ångström Å Ω ﬁ ǅ Ǆ ḗ ẞ ß ø Łódź Ţ ș",
  "Ёлка й Қазақстан, naïve café, e\u0301te\u0301, Ａｂｃ",
  ...trickyTexts.map((text) => `é${text}`),
];

describe("foldLatinAccents", () => {
  it("gives what NFD, mark removal and NFC give", () => {
    for (const text of [...accented, ...trickyTexts]) {
      expect(foldLatinAccents(text)).toBe(foldBySpecification(text));
    }
  });

  it("keeps Cyrillic letters' marks", () => {
    expect(foldLatinAccents("Café, ёлка, й")).toBe("Cafe, ёлка, й");
  });
});
