import { describe, expect, it } from "vitest";
import { findGlossaryTerms } from "../../../src/core/glossary/find-glossary-terms";
import type { GlossaryEntry } from "../../../src/core/glossary/glossary-schema";

function entry(source: string): GlossaryEntry {
  return { source, targets: { en: source } };
}

const entries = [
  entry("Union européenne"),
  entry("Astana"),
  entry("Kassym-Jomart Tokaïev"),
  entry("BATEAU"),
  entry("G7"),
  entry("«»"),
];

function found(text: string): string[] {
  return findGlossaryTerms(text, entries).map((match) => match.source);
}

describe("findGlossaryTerms", () => {
  it("finds terms as whole words, whatever their case and accents", () => {
    expect(found("L'UNION EUROPEENNE et KASSYM-JOMART TOKAIEV à astana.")).toEqual([
      "Union européenne",
      "Astana",
      "Kassym-Jomart Tokaïev",
    ]);
  });

  it("finds plurals and terms after an elision, not parts of other words", () => {
    expect(found("Des bateaux ? Non : l’Astanaise, les G7s et des Astanas.")).toEqual([
      "Astana",
      "BATEAU",
      "G7",
    ]);
    expect(found("Le G77 et l'Union européenneux.")).toEqual([]);
  });

  it("always tries a term without letters or digits", () => {
    expect(found("Il a dit «» hier.")).toEqual(["«»"]);
  });
});
