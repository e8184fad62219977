import { describe, expect, it } from "vitest";
import type { Detector } from "../../../src/core/quality";
import { blockingOf, checkSegment, issuesOf } from "./check-segment";

const source = "Le président a annoncé mardi une réforme des retraites pour l'an prochain.";
const kazakh = "Президент сейсенбі күні келесі жылға арналған зейнетақы реформасын жариялады.";
const russian = "Президент во вторник объявил о пенсионной реформе на следующий год.";
const english = "The president announced a pension reform for next year on Tuesday.";

describe("language: Russian slipped into Kazakh", () => {
  it("passes Kazakh", () => {
    expect(issuesOf(checkSegment("kk", source, kazakh), "language")).toEqual([]);
  });

  it("blocks a Russian segment", () => {
    expect(issuesOf(checkSegment("kk", source, russian), "language")).toEqual([
      "blocking: text is Russian, not Kazakh",
    ]);
  });

  it("blocks a Russian sentence inside a Kazakh segment", () => {
    const mixed = `${kazakh} Это решение было принято после долгих споров.`;
    const issues = issuesOf(
      checkSegment("kk", `${source} Après un long débat.`, mixed),
      "language",
    );
    expect(issues).toEqual([
      "blocking: Russian sentence in Kazakh text: Это решение было принято после долгих споров.",
    ]);
  });

  it("warns about Russian function words in a Kazakh sentence", () => {
    const slipped = "Президент сейсенбі күні и также зейнетақы реформасын жариялады что маңызды.";
    expect(issuesOf(checkSegment("kk", source, slipped), "language")).toEqual([
      "warning: Russian words in Kazakh text: и, также, что",
    ]);
  });

  it("does not call short Kazakh lines without special letters Russian", () => {
    expect(issuesOf(checkSegment("kk", "C'est arrivé.", "Осылай болды."), "language")).toEqual([]);
    expect(issuesOf(checkSegment("kk", "Je l'ai fait.", "Мен солай жасадым."), "language")).toEqual(
      [],
    );
  });

  it("blocks Kazakh written in a Russian translation", () => {
    expect(blockingOf(checkSegment("ru", source, kazakh), "language")).toEqual([
      "blocking: text is Kazakh, not Russian",
    ]);
  });
});

describe("language: an injected detector", () => {
  const saysFrench: Detector = () => ({ language: "fra", confidence: 0.97 });
  const unsure: Detector = () => ({ language: "ky", confidence: 0.7 });
  const agrees: Detector = () => ({ language: "kk-Cyrl", confidence: 0.99 });

  it("blocks on a confident other language and warns on a less sure one", () => {
    const detected = checkSegment("en", source, english, { detectLanguage: saysFrench });
    expect(issuesOf(detected, "language")).toEqual([
      "blocking: detected fr (confidence 0.97), expected en",
    ]);
    const hesitant = checkSegment("kk", source, kazakh, { detectLanguage: unsure });
    expect(issuesOf(hesitant, "language")).toEqual([
      "warning: detected ky (confidence 0.70), expected kk",
    ]);
  });

  it("only warns about a confident neighbour of Kazakh", () => {
    const kyrgyz: Detector = () => ({ language: "ky", confidence: 0.95 });
    expect(
      issuesOf(checkSegment("kk", source, kazakh, { detectLanguage: kyrgyz }), "language"),
    ).toEqual(["warning: detected ky (confidence 0.95), expected kk"]);
  });

  it("says nothing when the detector agrees or the text is short", () => {
    expect(
      issuesOf(checkSegment("kk", source, kazakh, { detectLanguage: agrees }), "language"),
    ).toEqual([]);
    const short = checkSegment("en", "Oui.", "Yes.", { detectLanguage: saysFrench });
    expect(issuesOf(short, "language")).toEqual([]);
  });
});

describe("script", () => {
  it("blocks Latin text in a Cyrillic target and Cyrillic text in English", () => {
    expect(blockingOf(checkSegment("ru", source, english), "script")).toEqual([
      "blocking: not in Cyrillic script (0% of letters)",
    ]);
    expect(blockingOf(checkSegment("en", source, russian), "script")).toEqual([
      "blocking: not in Latin script (0% of letters)",
    ]);
  });

  it("accepts Latin brand names inside Cyrillic text", () => {
    const target = "Fox News Channel и CNN показали слушания Кавано в прямом эфире.";
    expect(issuesOf(checkSegment("ru", "Fox News Channel et CNN.", target), "script")).toEqual([]);
  });

  it("warns about words mixing Latin and Cyrillic letters", () => {
    const target = "Mоливуд жұлдызы Алматыға келді.";
    expect(issuesOf(checkSegment("kk", "La star est arrivée.", target), "script")).toEqual([
      "warning: mixed or foreign script in Mоливуд",
    ]);
  });
});

describe("untranslated: French left in", () => {
  it.each(["en", "ru", "kk"] as const)("blocks the French source copied into %s", (language) => {
    expect(blockingOf(checkSegment(language, source, source), "untranslated")).toEqual([
      "blocking: text is still French",
    ]);
  });

  it("blocks a short French line copied as it is", () => {
    const line = "Ayr 38 - 17 Melrose : Ayr reste invaincu";
    expect(blockingOf(checkSegment("en", line, line), "untranslated")).toEqual([
      "blocking: text copied from the French source",
    ]);
  });

  it("accepts names and scores copied as they are", () => {
    const line = "Elite League : Dundee Stars 5-3 Belfast Giants";
    expect(issuesOf(checkSegment("en", line, line), "untranslated")).toEqual([]);
  });

  it("blocks a French sentence left inside a translated segment", () => {
    const target = `${english} Le gouvernement a refusé de commenter cette décision.`;
    const french = `${source} Le gouvernement a refusé de commenter cette décision.`;
    expect(blockingOf(checkSegment("en", french, target), "untranslated")).toEqual([
      "blocking: French sentence left: Le gouvernement a refusé de commenter cette décision.",
    ]);
  });

  it("accepts English with French names and words", () => {
    const target = "Emmanuel Macron met the CEO of Société Générale at the Élysée on Tuesday.";
    const french = "Emmanuel Macron a rencontré mardi le PDG de la Société Générale à l'Élysée.";
    expect(issuesOf(checkSegment("en", french, target), "untranslated")).toEqual([]);
  });
});
