import { describe, expect, it } from "vitest";
import { characterClass } from "../../../src/core/text/character-classes";
import { findWords, wordTexts } from "../../../src/core/text/find-words";
import { trickyTexts } from "./tricky-texts";

const { letter, mark, number, latin, cyrillic } = characterClass;

const cases: ReadonlyArray<readonly [string, number, number, RegExp]> = [
  ["letters", letter, letter, /\p{L}+/gu],
  ["letters with marks", letter, letter | mark, /\p{L}[\p{L}\p{M}]*/gu],
  ["letters and digits", letter | number, letter | number, /[\p{L}\p{N}]+/gu],
  ["Latin with marks", latin | mark, latin | mark, /[\p{Script=Latin}\p{M}]+/gu],
  ["Cyrillic", cyrillic, cyrillic, /\p{Script=Cyrillic}+/gu],
];

describe("findWords", () => {
  for (const [name, start, continued, pattern] of cases) {
    it(`finds what ${pattern.source} finds: ${name}`, () => {
      for (const text of trickyTexts) {
        const expected = Array.from(text.matchAll(pattern), (match) => match[0]);
        expect(wordTexts(text, findWords(text, start, continued))).toEqual(expected);
      }
    });
  }

  it("gives each word's place in the text", () => {
    expect(findWords("Un, deux", letter, letter)).toEqual([
      { start: 0, end: 2 },
      { start: 4, end: 8 },
    ]);
  });
});
