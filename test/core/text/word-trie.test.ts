import { describe, expect, it } from "vitest";
import { characterClass } from "../../../src/core/text/character-classes";
import { findWords } from "../../../src/core/text/find-words";
import { EndingTrie, WordTrie } from "../../../src/core/text/word-trie";
import { trickyTexts } from "./tricky-texts";

const words = ["и", "в", "на", "что", "которого", "é", "A", "z"];
const endings = ["ого", "его", "ый", "ть", "ться", "z", "Az"];
const texts = [
  "и в на что которого которой ото него новый быть учиться разговаривать",
  "Azz z A é éé",
  ...trickyTexts,
];

function spansOf(text: string) {
  const { letter, mark } = characterClass;
  return findWords(text, letter, letter | mark);
}

describe("WordTrie", () => {
  it("says what a set of the words says of each word where it stands", () => {
    const trie = new WordTrie(words);
    const set = new Set(words);
    for (const text of texts) {
      for (const { start, end } of spansOf(text)) {
        expect(trie.has(text, start, end)).toBe(set.has(text.slice(start, end)));
      }
    }
  });

  it("finds no word in an empty span", () => {
    expect(new WordTrie(words).has("и", 0, 0)).toBe(false);
  });
});

describe("EndingTrie", () => {
  it("says whether each word ends with one of the endings, or is one", () => {
    const trie = new EndingTrie(endings);
    for (const text of texts) {
      for (const { start, end } of spansOf(text)) {
        const word = text.slice(start, end);
        const expected = endings.some((ending) => word.endsWith(ending));
        expect(trie.endsOne(text, start, end)).toBe(expected);
      }
    }
  });
});
