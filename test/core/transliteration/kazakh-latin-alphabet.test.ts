import { describe, expect, it } from "vitest";
import {
  kazakhCyrillicToLatin,
  kazakhLatinAlphabet,
  toKazakhLatinUpperCase,
} from "../../../src/core/transliteration/kazakh-latin-alphabet";

const kazakhCyrillicLetters = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";

describe("kazakhLatinAlphabet", () => {
  it("has the 31 letters of the 2021 alphabet, with no C, Ç, W or X", () => {
    const upper = kazakhLatinAlphabet.map(([capital]) => capital).join(" ");
    expect(kazakhLatinAlphabet).toHaveLength(31);
    expect(upper).toBe("A Ä B D E F G Ğ H I İ J K L M N Ñ O Ö P Q R S Ş T U Ū Ü V Y Z");
  });

  it("pairs I with ı and İ with i", () => {
    expect(kazakhLatinAlphabet).toContainEqual(["I", "ı"]);
    expect(kazakhLatinAlphabet).toContainEqual(["İ", "i"]);
  });

  it("pairs each letter with its upper case in the Kazakh sense", () => {
    for (const [upper, lower] of kazakhLatinAlphabet) {
      expect(toKazakhLatinUpperCase(lower)).toBe(upper);
    }
  });
});

describe("kazakhCyrillicToLatin", () => {
  it("covers all 42 letters of the Kazakh Cyrillic alphabet", () => {
    expect(Array.from(kazakhCyrillicLetters)).toHaveLength(42);
    for (const letter of kazakhCyrillicLetters) {
      expect(kazakhCyrillicToLatin[letter], letter).toBeTypeOf("string");
    }
    expect(Object.keys(kazakhCyrillicToLatin)).toHaveLength(42);
  });

  it("uses only letters of the alphabet, except c in ч → ch (the 2021 table has no Ç)", () => {
    const alphabet = new Set(kazakhLatinAlphabet.map(([, lower]) => lower));
    for (const [cyrillic, latin] of Object.entries(kazakhCyrillicToLatin)) {
      const letters = cyrillic === "ч" ? latin.replace("c", "") : latin;
      for (const letter of letters) expect(alphabet.has(letter), cyrillic).toBe(true);
    }
  });

  it.each([
    ["ә", "ä"],
    ["ғ", "ğ"],
    ["қ", "q"],
    ["ң", "ñ"],
    ["ө", "ö"],
    ["ұ", "ū"],
    ["ү", "ü"],
    ["һ", "h"],
    ["і", "ı"],
    ["ы", "y"],
    ["и", "i"],
    ["й", "i"],
    ["у", "u"],
    ["ш", "ş"],
    ["ж", "j"],
    ["х", "h"],
    ["ц", "ts"],
    ["ч", "ch"],
    ["щ", "şş"],
    ["ё", "io"],
    ["ю", "iu"],
    ["я", "ia"],
    ["э", "e"],
    ["ъ", ""],
    ["ь", ""],
  ])("maps %s to %j", (cyrillic, latin) => {
    expect(kazakhCyrillicToLatin[cyrillic]).toBe(latin);
  });
});
