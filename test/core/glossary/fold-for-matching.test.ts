import { describe, expect, it } from "vitest";
import { foldForMatching } from "../../../src/core/glossary/find-glossary-terms";
import { trickyTexts } from "../text/tricky-texts";

/** The fold as first written: NFD, every mark removed, lower case, apostrophes unified. */
function foldBySpecification(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("fr").replace(/[’`]/g, "'");
}

describe("foldForMatching", () => {
  it("gives what NFD, mark removal, lower case and apostrophes give", () => {
    const texts = [
      "Tokaïev, TOKAÏEV, l’Élysée, Œuvre, Ёлка, Йошкар-Ола, Қазақстан, ǅ, İstanbul, ΣΟΦΟΣ",
      ...trickyTexts,
    ];
    for (const text of texts) expect(foldForMatching(text)).toBe(foldBySpecification(text));
  });
});
