import { describe, expect, it } from "vitest";
import { findCapitalisedWords } from "../../../src/core/quality/proper-names";
import { trickyTexts } from "../text/tricky-texts";

/** The pattern the scanner replaces, kept here as its specification. */
const capitalisedWord = /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}\p{M}]{3,}(?![\p{L}\p{M}])/gu;

describe("findCapitalisedWords", () => {
  it("finds what the capitalised-word pattern finds, where it finds it", () => {
    for (const text of trickyTexts) {
      const expected = Array.from(text.matchAll(capitalisedWord), (match) => ({
        name: match[0],
        index: match.index,
      }));
      expect(findCapitalisedWords(text)).toEqual(expected);
    }
  });

  it("skips words with a capital inside and words after a letter or digit", () => {
    const names = findCapitalisedWords("McDonald x2Astana Tokaïev, Élysée");
    expect(names.map((name) => name.name)).toEqual(["Tokaïev", "Élysée"]);
  });
});
