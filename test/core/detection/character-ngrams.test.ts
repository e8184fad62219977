import { describe, expect, it } from "vitest";
import {
  countCharacterNgrams,
  forEachCharacterNgram,
  wordsInScript,
} from "../../../src/core/detection/character-ngrams";

describe("wordsInScript", () => {
  it("lower-cases and keeps only the words of the script", () => {
    expect(wordsInScript("Apple ЖӘНЕ Microsoft, 2025!", "Cyrl")).toEqual(["және"]);
    expect(wordsInScript("Apple ЖӘНЕ Microsoft, 2025!", "Latn")).toEqual(["apple", "microsoft"]);
  });

  it("writes every apostrophe as ' and trims them at word ends", () => {
    expect(wordsInScript("Oʻzbekiston o‘quvchi l’homme 'quoted'", "Latn")).toEqual([
      "o'zbekiston",
      "o'quvchi",
      "l'homme",
      "quoted",
    ]);
  });

  it("keeps letters outside ASCII: Azerbaijani ə, Turkish ı, Kazakh ң", () => {
    expect(wordsInScript("Bəzi qızlar", "Latn")).toEqual(["bəzi", "qızlar"]);
    expect(wordsInScript("Таң атты", "Cyrl")).toEqual(["таң", "атты"]);
  });

  it("splits on digits, punctuation and hyphens", () => {
    expect(wordsInScript("сондай-ақ 3км", "Cyrl")).toEqual(["сондай", "ақ", "км"]);
  });
});

describe("character n-grams", () => {
  it("pads each word with spaces and takes 1- to 3-grams", () => {
    const ngrams: string[] = [];
    forEachCharacterNgram(["ақ"], (ngram) => ngrams.push(ngram));
    expect(ngrams).toEqual(["а", "қ", " а", "ақ", "қ ", " ақ", "ақ "]);
  });

  it("counts repeated n-grams", () => {
    const counts = countCharacterNgrams(["ата", "ата"]);
    expect(counts.get("а")).toBe(4);
    expect(counts.get(" ат")).toBe(2);
    expect(counts.get("та ")).toBe(2);
  });
});
