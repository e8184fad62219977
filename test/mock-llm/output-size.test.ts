import { describe, expect, it } from "vitest";
import { countTokens } from "../../mock-llm/count-tokens";
import { pseudoTranslate } from "../../mock-llm/pseudo-translate";
import { defaultTargetCodes, findTargetLanguage } from "../../src/core/languages/languages";

const frenchParagraphs = [
  "Depuis 2020, avec l’entrée en vigueur de l’accord de partenariat renforcé, les relations entre l’Union européenne et le Kazakhstan ont pris une nouvelle dimension. L’UE est devenue le premier investisseur étranger du pays, avec plus de 54 milliards d’euros investis en 2022.",
  "Le 13 mars 2025, à Astana, le président a rencontré le commissaire européen chargé des partenariats internationaux. Au menu des discussions : un contrat de 3,3 millions de dollars signé avec la Banque européenne pour la reconstruction et le développement.",
  "Selon les économistes interrogés, la croissance devrait atteindre 4,8 % cette année, portée par les exportations d’hydrocarbures, la hausse des investissements publics et la reprise de la consommation des ménages dans les grandes villes.",
];

/**
 * Benchmarks rely on the mock writing about as many tokens as a real model would: the
 * worker sizes each call's output as source characters × a per-language ratio. Only the
 * languages models write are checked (a derived one, like a change of script, is not asked).
 */
describe("pseudo-translation size", () => {
  const characters = frenchParagraphs.join("").length;

  for (const code of defaultTargetCodes) {
    it(`stays within 2× of the worker's estimate for ${code}`, () => {
      const language = findTargetLanguage(code);
      if (!language) throw new Error(`no language ${code}`);
      const tokens = frenchParagraphs.reduce(
        (sum, paragraph) => sum + countTokens(pseudoTranslate(paragraph, language.code)),
        0,
      );
      const ratio = tokens / characters;
      expect(ratio).toBeGreaterThan(language.outputTokensPerSourceCharacter / 2);
      expect(ratio).toBeLessThan(language.outputTokensPerSourceCharacter * 2);
    });
  }
});
