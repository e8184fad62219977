import { describe, expect, it } from "vitest";
import { builtInLanguageProfiles } from "../../../src/core/detection/language-profiles";
import {
  letterBlocks,
  ngramIndexOf,
  packNgram,
  separatorClass,
} from "../../../src/core/detection/ngram-index";
import {
  isApostropheCode,
  isCyrillicLetterCode,
  isLatinLetterCode,
} from "../../../src/core/detection/script-letters";

const inBlocks = (code: number) => letterBlocks.some(([start, end]) => code >= start && code < end);

describe("ngramIndexOf", () => {
  it("classifies every code the letter tests accept (the blocks cover them all)", () => {
    for (let code = 0; code < 0x10000; code++) {
      const accepted =
        isLatinLetterCode(code) || isCyrillicLetterCode(code) || isApostropheCode(code);
      if (accepted) expect(inBlocks(code)).toBe(true);
    }
  });

  it("finds each profile n-gram's row by its packed symbols", () => {
    const profiles = builtInLanguageProfiles().scripts.Cyrl;
    const index = ngramIndexOf(profiles, "Cyrl");
    const symbolOf = (character: string) => index.classByCode[character.charCodeAt(0)] ?? 0;
    expect(index.classByCode[" ".charCodeAt(0)]).toBe(separatorClass);
    const key = packNgram(
      Array.from(" қа", symbolOf).map((symbol, at) => (at === 0 ? index.spaceSymbol : symbol)),
    );
    let slot = (Math.imul(key, 0x9e3779b1) >>> 8) & index.slotMask;
    while (index.slotKeys[slot] !== key && index.slotKeys[slot] !== 0)
      slot = (slot + 1) & index.slotMask;
    expect(index.slotKeys[slot]).toBe(key);
  });
});
