import { describe, expect, it } from "vitest";
import { weighFrench } from "../../../src/core/quality/french-markers";

describe("weighFrench", () => {
  it("counts function words and accented words, whatever their case", () => {
    expect(weighFrench("LE Président ÉLU et the CAFÉ, Жé.")).toEqual({
      words: 7,
      frenchWords: 2,
      englishWords: 1,
      accentedWords: 4,
    });
  });
});
