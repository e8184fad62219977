import { describe, expect, it } from "vitest";
import { wordsInScript } from "../../../src/core/detection/character-ngrams";
import { builtInLanguageProfiles } from "../../../src/core/detection/language-profiles";
import { scoreLanguages } from "../../../src/core/detection/score-languages";
import { scoreScriptText } from "../../../src/core/detection/score-script-text";

const profiles = builtInLanguageProfiles();

const texts = [
  "Le président a annoncé mardi une réforme des retraites pour l'an prochain.",
  "The president announced a pension reform for next year on Tuesday.",
  "Oʻzbekiston o‘quvchi l’homme 'quoted' ''' a'b' 'x",
  "Bəzi qızlar İstanbul'da ß ÆØÅ ǅ ﬁ Ａｂｃ",
  "Президент сейсенбі күні келесі жылға арналған зейнетақы реформасын жариялады.",
  "Президент во вторник объявил о пенсионной реформе на следующий год. ЁЁ ЇЄҐ ў",
  "Apple ЖӘНЕ Microsoft, 2025! сондай-ақ 3км",
  "",
  "   ''  ",
];

describe("scoreScriptText", () => {
  it("gives the same scores as the string-based n-gram scoring", () => {
    for (const text of texts) {
      for (const script of ["Latn", "Cyrl"] as const) {
        const expected = scoreLanguages(profiles, script, wordsInScript(text, script));
        expect(scoreScriptText(profiles, script, text)).toEqual(expected);
      }
    }
  });
});
