import { describe, expect, it } from "vitest";
import {
  alignedLowerCase,
  foldedLowerCaseWordTexts,
  foldLatinAccents,
  lowerCaseWords,
} from "../../../src/core/quality/text-words";
import { characterClass } from "../../../src/core/text/character-classes";
import { findWords } from "../../../src/core/text/find-words";
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

const { letter, mark, latin } = characterClass;

describe("lowerCaseWords", () => {
  it("gives each word lower-cased on its own", () => {
    for (const text of [...accented, ...trickyTexts, "ΟΔΟΣ'Α İstanbul ΣΟΦΙΑ"]) {
      const spans = findWords(text, letter, letter | mark);
      const alone = spans.map((span) => text.slice(span.start, span.end).toLowerCase());
      expect(lowerCaseWords(text)).toEqual(alone);
    }
  });
});

describe("alignedLowerCase", () => {
  it("lower-cases a text whose characters keep their places", () => {
    expect(alignedLowerCase("Astana ҚАЗАҚСТАН")).toBe("astana қазақстан");
  });

  it("declines a text where a letter grows or looks at its neighbours", () => {
    expect(alignedLowerCase("İstanbul")).toBeUndefined();
    expect(alignedLowerCase("ΟΔΟΣ'Α")).toBeUndefined();
  });
});

describe("foldedLowerCaseWordTexts", () => {
  it("gives what folding and lower-casing each word alone gives", () => {
    const mostlyLatin = trickyTexts.map((text) => `Élysée Tokaïev Œuvre ${text} naïve café`);
    for (const text of [...accented, ...trickyTexts, ...mostlyLatin]) {
      for (const classes of [latin | mark, letter]) {
        const spans = findWords(text, classes, classes | mark);
        const alone = spans.map((span) =>
          foldLatinAccents(text.slice(span.start, span.end)).toLowerCase(),
        );
        expect(foldedLowerCaseWordTexts(text, spans)).toEqual(alone);
      }
    }
  });
});
