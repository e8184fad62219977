import { describe, expect, it } from "vitest";
import type { GlossaryEntry } from "../../../src/core/quality";
import { runQualityChecks } from "../../../src/core/quality";
import { checkSegment, issuesOf } from "./check-segment";

const tokayev: GlossaryEntry = {
  source: "Kassym-Jomart Tokaïev",
  targets: { en: "Kassym-Jomart Tokayev", ru: "Касым-Жомарт Токаев", kk: "Қасым-Жомарт Тоқаев" },
};
const astana: GlossaryEntry = {
  source: "Astana",
  targets: { en: "Astana", ru: "Астана", kk: "Астана" },
};
const commission: GlossaryEntry = {
  source: "la Commission européenne",
  targets: { en: "European Commission", ru: "Еврокомиссия", kk: "Еуропалық комиссия" },
};

function glossaryIssues(
  language: "en" | "ru" | "kk",
  source: string,
  target: string,
  entries: GlossaryEntry[],
): string[] {
  return issuesOf(checkSegment(language, source, target, { glossary: entries }), "glossary");
}

describe("glossary: finding the French term", () => {
  it.each([
    "Le président Kassym-Jomart Tokaïev est arrivé.",
    "Le président KASSYM-JOMART TOKAÏEV est arrivé.",
    "Le président Kassym-Jomart Tokaiev est arrivé.",
  ])("matches case and accents loosely: %s", (source) => {
    expect(glossaryIssues("en", source, "President Tokaev arrived.", [tokayev])).toEqual([
      "blocking: glossary term Kassym-Jomart Tokaïev should be Kassym-Jomart Tokayev; found Tokaev",
    ]);
  });

  it("matches elision and plural", () => {
    const entry: GlossaryEntry = { source: "accord", targets: { en: "agreement" } };
    expect(glossaryIssues("en", "Les accords d'Astana.", "The Astana deals.", [entry])).toEqual([
      "warning: glossary term accord: agreement not found",
    ]);
    expect(glossaryIssues("en", "Le texte de l'accord.", "The agreement text.", [entry])).toEqual(
      [],
    );
  });

  it("drops a leading article and matches adjective plurals", () => {
    const source = "Les commissions européennes se réunissent.";
    expect(glossaryIssues("en", source, "The European Commissions meet.", [commission])).toEqual(
      [],
    );
  });

  it("does not fire when the term is absent from the source", () => {
    expect(glossaryIssues("en", "Le président est arrivé.", "Tokaev arrived.", [tokayev])).toEqual(
      [],
    );
  });
});

describe("glossary: the expected form, with case endings", () => {
  it.each([
    ["ru", "Президент Касым-Жомарт Токаев прибыл в Астану."],
    ["ru", "Встреча Касыма-Жомарта Токаева с министрами в Астане."],
    ["ru", "Письмо Касыму-Жомарту Токаеву из Астаны."],
    ["kk", "Қасым-Жомарт Тоқаев Астанаға келді."],
    ["kk", "Қасым-Жомарт Тоқаевтың Астанадағы кездесуі."],
    ["kk", "Қасым-Жомарт Тоқаевқа хат келді, Астанада."],
    ["en", "Kassym-Jomart Tokayev's visit to Astana."],
  ] as const)("accepts %s: %s", (language, target) => {
    const source = "Kassym-Jomart Tokaïev est arrivé à Astana.";
    expect(glossaryIssues(language, source, target, [tokayev, astana])).toEqual([]);
  });

  it("blocks the Russian spelling in Kazakh", () => {
    const issues = glossaryIssues(
      "kk",
      "Kassym-Jomart Tokaïev est arrivé.",
      "Касым-Жомарт Токаев келді.",
      [tokayev],
    );
    expect(issues).toEqual([
      "blocking: glossary term Kassym-Jomart Tokaïev should be Қасым-Жомарт Тоқаев; found Касым",
    ]);
  });

  it("blocks a misspelling even when the right form appears too", () => {
    const issues = glossaryIssues(
      "ru",
      "Tokaïev et Kassym-Jomart Tokaïev.",
      "Касым-Жомарт Токаев и Тоакев.",
      [tokayev],
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain("found Тоакев");
  });

  it("warns when the term is missing altogether (a pronoun, a rephrasing)", () => {
    const issues = glossaryIssues(
      "en",
      "Tokaïev s'est rendu à Astana.",
      "He went to the capital.",
      [astana],
    );
    expect(issues).toEqual(["warning: glossary term Astana: Astana not found"]);
  });

  it("does not call derived words variants (Македонцы for Македония)", () => {
    const entry: GlossaryEntry = { source: "Macédoine", targets: { ru: "Македония" } };
    expect(
      glossaryIssues("ru", "Les habitants de Macédoine votent.", "Македонцы голосуют.", [entry]),
    ).toEqual(["warning: glossary term Macédoine: Македония not found"]);
  });

  it("keeps doNotTranslate terms as they are, with Kazakh suffixes", () => {
    const entry: GlossaryEntry = { source: "Kaspi.kz", targets: {}, do_not_translate: true };
    expect(
      glossaryIssues("kk", "La banque Kaspi.kz a annoncé.", "Kaspi.kz-тің хабарлауынша.", [entry]),
    ).toEqual([]);
    expect(
      glossaryIssues("en", "La banque Kaspi.kz a annoncé.", "Kaspy.kz announced.", [entry]),
    ).toHaveLength(1);
  });

  it("skips a term with no form for the target language", () => {
    const entry: GlossaryEntry = { source: "akim", targets: { ru: "аким" } };
    expect(glossaryIssues("en", "L'akim d'Almaty.", "The mayor of Almaty.", [entry])).toEqual([]);
  });
});

describe("names: one spelling per name", () => {
  function nameIssues(language: "en" | "ru" | "kk", target: string[]): string[] {
    const report = runQualityChecks({
      targetLanguage: language,
      source: { title: null, segments: target.map(() => "…") },
      translation: { title: null, segments: target },
    });
    return issuesOf(report, "names");
  }

  it("warns about two spellings of one name", () => {
    const issues = nameIssues("en", [
      "The president, Kassym-Jomart Tokayev, spoke.",
      "Then President Tokayev left.",
      "Later, President Tokaev returned.",
    ]);
    expect(issues).toEqual(["warning: name spelled Tokaev here, Tokayev elsewhere"]);
  });

  it("warns about Russian spellings in Kazakh", () => {
    const issues = nameIssues("kk", ["Президент Тоқаев сөйледі.", "Кейін Президент Токаев кетті."]);
    expect(issues).toHaveLength(1);
  });

  it("does not mistake case endings or derived words for spellings", () => {
    expect(
      nameIssues("ru", ["Президент Токаев прибыл.", "Встреча с президентом Токаевым."]),
    ).toEqual([]);
    expect(
      nameIssues("kk", ["Президент Тоқаев келді.", "Мұны Президент Тоқаевтың өзі айтты."]),
    ).toEqual([]);
    expect(nameIssues("en", ["They visited Korea.", "A Korean official spoke."])).toEqual([]);
  });

  it("warns when a name copied from the source is misspelt", () => {
    const report = runQualityChecks({
      targetLanguage: "ru",
      source: { title: null, segments: ["Selon Nielsen, 20 millions.", "Un rapport de Nielsen."] },
      translation: {
        title: null,
        segments: ["По данным Nielsen, 20 млн.", "Доклад агентства Nieslen."],
      },
    });
    expect(issuesOf(report, "names")).toEqual([
      "warning: name Nielsen in the source is spelled Nieslen",
    ]);
  });

  it("does not call exonyms misspellings", () => {
    const report = checkSegment(
      "en",
      "Les élus d'Athènes et de Californie.",
      "Athens and California.",
    );
    expect(issuesOf(report, "names")).toEqual([]);
  });
});
