import { describe, expect, it } from "vitest";
import { forEachCharacterNgram, wordsInScript } from "../../../src/core/detection/character-ngrams";
import {
  type LanguageProfiles,
  levelAt,
  type ProfiledScript,
} from "../../../src/core/detection/language-profile-format";
import { builtInLanguageProfiles } from "../../../src/core/detection/language-profiles";
import type { LanguageScores } from "../../../src/core/detection/score-languages";
import { scoreScriptText } from "../../../src/core/detection/score-script-text";

/**
 * The scoring as first written, one string per word and n-gram: the specification that
 * `scoreScriptText` computes straight from character codes.
 */
function scoreLanguages(
  profiles: LanguageProfiles,
  script: ProfiledScript,
  words: readonly string[],
): LanguageScores {
  const { languages, weightsByNgram } = profiles.scripts[script];
  const levelSums = languages.map(() => 0);
  let knownNgramCount = 0;
  forEachCharacterNgram(words, (ngram) => {
    const weights = weightsByNgram[ngram];
    if (weights === undefined) return;
    knownNgramCount++;
    for (let index = 0; index < levelSums.length; index++) {
      levelSums[index] = (levelSums[index] ?? 0) + levelAt(weights, index);
    }
  });
  const { weightOffset, weightStep } = profiles;
  const scores = levelSums.map((sum) => knownNgramCount * weightOffset - sum * weightStep);
  return { languages, scores, knownNgramCount };
}

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
