import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../../src/core/detection/detect-language";
import { isPlainEnglish } from "../../../src/core/detection/plain-english";

const english =
  "The president announced the pension reform on Tuesday. The decision was taken after a long debate with the unions.";
const french =
  "Le président a annoncé mardi la réforme des retraites. La décision a été prise après un long débat.";
const german = "Der Präsident hat am Dienstag die Rentenreform angekündigt, und sie ist nicht neu.";

describe("isPlainEnglish", () => {
  it("recognises plain English", () => {
    expect(isPlainEnglish(english)).toBe(true);
  });

  it("leaves French, German, accented and Cyrillic text to the model", () => {
    expect(isPlainEnglish(french)).toBe(false);
    expect(isPlainEnglish(german)).toBe(false);
    expect(
      isPlainEnglish("The president of Kazakhstan, Qasym-Jomart Toqaïév, said that Élysée…"),
    ).toBe(false);
    expect(isPlainEnglish(`${english} Президент объявил о реформе.`)).toBe(false);
  });

  it("judges each sentence: a French sentence in English is not plain English", () => {
    expect(isPlainEnglish(`${english} La décision a été prise après un long débat.`)).toBe(false);
    expect(isPlainEnglish(`${english} Le gouvernement doit encore voter le texte demain.`)).toBe(
      false,
    );
  });
});

describe("detectLanguage expecting English", () => {
  it("answers plain English without the model and other texts as without the hint", () => {
    expect(detectLanguage(english, "en")).toMatchObject({ language: "en", confidence: 1 });
    expect(detectLanguage(english, "en").language).toBe(detectLanguage(english).language);
    expect(detectLanguage(french, "en")).toEqual(detectLanguage(french));
  });
});
