import { describe, expect, it } from "vitest";
import { deriveSummaryBullets } from "../../mock-llm/derive-summary-bullets";
import { pseudoTranslate } from "../../mock-llm/pseudo-translate";
import { cyrillicLetters, kazakhLetters } from "./support/translation-prompt";

const sentence =
  "Le **gouvernement** a promis 3,5 milliards d'euros ⟦1⟧ à _l'hôpital_ le 12/03/2025, voir https://example.fr/plan.html.";

describe("pseudoTranslate", () => {
  it("tags the language and keeps numbers, ⟦n⟧ tokens, emphasis markers and URLs", () => {
    for (const code of ["en", "kk", "ru"]) {
      const output = pseudoTranslate(sentence, code);
      expect(output.startsWith(`[${code.toUpperCase()}] `)).toBe(true);
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
    expect(pseudoTranslate(source, "kk")).toBe("[KK] ле 12 наурыз, 3,5 млрд және 2 млн");
    expect(pseudoTranslate(source, "ru")).toBe("[RU] ле 12 марта, 3,5 млрд ет 2 млн");
    expect(pseudoTranslate(source, "en")).toBe("[EN] the 12 March, 3,5 billion and 2 million");
  });

  it("drops French elisions in Kazakh, where a lone с or а would read as Russian", () => {
    expect(pseudoTranslate("s'est rendu à l'Élysée", "kk")).toBe("[KK] ест реңдү ә Әлысәі");
  });

  it("writes English as Latin Franglais and keeps capitals", () => {
    expect(pseudoTranslate("L'État et la Banque de France", "en")).toBe(
      "[EN] The Etat and the Banque of France",
    );
    expect(pseudoTranslate("L'ONU", "ru")).toBe("[RU] Л'ОНЮ");
  });

  it("is deterministic and leaves an empty segment as the bare tag", () => {
    expect(pseudoTranslate(sentence, "kk")).toBe(pseudoTranslate(sentence, "kk"));
    expect(pseudoTranslate("", "kk")).toBe("[KK]");
  });

  it("falls back to accent-free Latin for other language codes", () => {
    expect(pseudoTranslate("Élection à Noël", "de")).toBe("[DE] Election a Noel");
  });
});

describe("deriveSummaryBullets", () => {
  const segments = [
    { id: "title", text: "Titre de l'article" },
    { id: "1", text: "Première phrase ⟦1⟧. Deuxième phrase." },
    { id: "2", text: "Voir [le lien](⟦2⟧) ici." },
  ];

  it("gives exactly the count asked for, from first sentences, without ⟦n⟧ tokens", () => {
    const bullets = deriveSummaryBullets(segments, 3, "en");
    expect(bullets).toEqual([
      "[EN] Premiere phrase.",
      "[EN] Voir the lien ici.",
      "[EN] Titre of the article",
    ]);
    expect(deriveSummaryBullets(segments, 4, "en")[3]).toBe("[EN] Deuxieme phrase.");
    expect(deriveSummaryBullets(segments, 7, "kk")).toHaveLength(7);
    expect(deriveSummaryBullets([], 2, "ru")).toHaveLength(2);
  });
});
