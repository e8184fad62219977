import { describe, expect, it } from "vitest";
import {
  clueText,
  frenchTermClue,
  frenchTermPattern,
} from "../../../src/core/quality/glossary-patterns";
import { foldLatinAccents } from "../../../src/core/quality/text-words";

const terms = ["Union européenne", "l'Assemblée nationale", "journal", "Astana", "KASSYM", "G7"];
const texts = [
  "Les journaux de l’UNION EUROPEENNE et l'assemblée nationale à Astana.",
  "Le journal, les journaux, KaSSym, Kaſſym, \u212Aassym, g7.",
  "Rien à voir ici.",
];

describe("frenchTermClue", () => {
  it("is in every text the term's pattern matches", () => {
    for (const term of terms) {
      const pattern = frenchTermPattern(term);
      for (const text of texts) {
        const folded = foldLatinAccents(text);
        if (pattern.test(folded)) expect(clueText(folded)).toContain(frenchTermClue(term));
      }
    }
  });

  it("is the first word's leading letters, before a plural -al", () => {
    expect(frenchTermClue("Union européenne")).toBe("union");
    expect(frenchTermClue("l'Assemblée nationale")).toBe("assemblee");
    expect(frenchTermClue("journal")).toBe("journ");
    expect(frenchTermClue("G7")).toBe("");
  });
});
