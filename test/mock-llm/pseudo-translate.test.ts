import { describe, expect, it } from "vitest";
import { languageTag, pseudoTranslate, stripLanguageTag } from "../../mock-llm/pseudo-translate";
import { readGlossaryLines } from "../../mock-llm/read-glossary-lines";
import { cyrillicLetters, kazakhLetters } from "./support/letters";

const sentence =
  "Le **gouvernement** a promis 3,5 milliards d'euros ⟦1⟧ à _l'hôpital_ le 12/03/2025, voir https://example.fr/plan.html.";

describe("pseudoTranslate", () => {
  it("tags the language and keeps numbers, ⟦n⟧ tokens, emphasis markers and URLs", () => {
    for (const code of ["en", "kk", "ru"]) {
      const output = pseudoTranslate(sentence, code);
      expect(output.startsWith(`${languageTag(code)} `)).toBe(true);
      for (const kept of ["3,5", "⟦1⟧", "12/03/2025", "https://example.fr/plan.html", "**", "_"]) {
        expect(output).toContain(kept);
      }
      expect(output.endsWith(".")).toBe(true);
    }
  });

  it("writes Kazakh in Cyrillic with Kazakh-only letters, Russian without them", () => {
    const kk = pseudoTranslate(sentence, "kk");
    expect(kk).toMatch(cyrillicLetters);
    expect(kk).toMatch(kazakhLetters);
    expect(kk).toMatch(/\*\*[^*]+\*\*/);
    const ru = pseudoTranslate(sentence, "ru");
    expect(ru).toMatch(cyrillicLetters);
    expect(ru).not.toMatch(kazakhLetters);
    expect(ru).toContain("**гувернемент**");
  });

  it("writes months and magnitudes as real target words, so number checks can read them", () => {
    const source = "le 12 mars, 3,5 milliards et 2 millions";
    expect(pseudoTranslate(source, "kk")).toBe("[KAZ] ле 12 наурыз, 3,5 млрд және 2 млн");
    expect(pseudoTranslate(source, "ru")).toBe("[RUS] ле 12 марта, 3,5 млрд и 2 млн");
    expect(pseudoTranslate(source, "en")).toBe("[ENG] the 12 March, 3,5 billion and 2 million");
  });

  it("drops French elisions in Kazakh, where a lone с or а would read as Russian", () => {
    expect(pseudoTranslate("s'est rendu à l'Élysée", "kk")).toBe("[KAZ] ест реңдү ә Әлысәі");
  });

  it("writes English as Latin Franglais and keeps capitals", () => {
    expect(pseudoTranslate("L'État et la Banque de France", "en")).toBe(
      "[ENG] The Etat and the Banque of France",
    );
    expect(pseudoTranslate("L'ONU", "ru")).toBe("[RUS] Л'ОНЮ");
  });

  it("writes the prompt's glossary terms in their required forms, elisions included", () => {
    const glossary = readGlossaryLines(
      "Languages: en, kk, ru\nGlossary: use these forms, inflected only as the grammar requires.\n" +
        "- Tokaïev → en: Tokayev; kk: Тоқаев; ru: Токаев\n" +
        "- Union européenne → en: European Union; kk: Еуропалық одақ; ru: Европейский союз\n" +
        "- Keep as is: EDF, C++\n\n<article>",
      ["en", "kk", "ru"],
    );
    const text = "M. Tokaïev a reçu l’Union européenne, EDF et C++, pas EDFX ni TOKAÏEVA.";
    expect(pseudoTranslate(text, "en", glossary)).toBe(
      "[ENG] M. Tokayev has recu the European Union, EDF and C++, not EDFX ni TOKAIEVA.",
    );
    expect(pseudoTranslate(text, "kk", glossary)).toContain("Тоқаев бар ресү Еуропалық одақ, EDF");
    expect(pseudoTranslate(text, "ru", glossary)).toContain(
      "Токаев а ресю л’Европейский союз, EDF",
    );
    expect(pseudoTranslate("union EUROPÉENNE", "ru", glossary)).toBe("[RUS] Европейский союз");
  });

  it("writes French clock times with a colon, as translations do", () => {
    expect(pseudoTranslate("À 19 h 23, puis 20h, et 7h05.", "ru")).toBe(
      "[RUS] В 19:23, пюис 20:00, и 7:05.",
    );
    expect(pseudoTranslate("Le 4 h du matin, pas 4 heures ni H2.", "en")).toContain("The 4:00 of");
  });

  it("is deterministic and leaves an empty segment as the bare tag", () => {
    expect(pseudoTranslate(sentence, "kk")).toBe(pseudoTranslate(sentence, "kk"));
    expect(pseudoTranslate("", "kk")).toBe("[KAZ]");
  });

  it("falls back to accent-free Latin for other language codes", () => {
    expect(pseudoTranslate("Élection à Noël", "de")).toBe("[DE] Election a Noel");
  });

  it("strips the tag again, for a mock note sent back to the mock", () => {
    expect(stripLanguageTag(pseudoTranslate("Bonjour", "en"))).toBe("Bonjour");
    expect(stripLanguageTag("[ZH-HANS] 你好")).toBe("你好");
    expect(stripLanguageTag("[[1]] texte")).toBe("[[1]] texte");
  });
});
