import { describe, expect, it } from "vitest";
import { CodeUnitSet } from "../../../src/core/text/code-unit-set";

describe("CodeUnitSet", () => {
  it("holds exactly the code units of its characters", () => {
    const characters = "әғқéA\u0000\uffff\ud83d";
    const set = new CodeUnitSet(characters);
    const members = new Set(Array.from(characters, (_, index) => characters.charCodeAt(index)));
    for (let code = 0; code <= 0xffff; code += 1) {
      expect(set.has(code)).toBe(members.has(code));
    }
  });

  it("holds nothing past the code units", () => {
    expect(new CodeUnitSet("a").has(0x10000)).toBe(false);
    expect(new CodeUnitSet("a").has(-1)).toBe(false);
  });
});
