import { describe, expect, it } from "vitest";
import { runQualityChecks } from "../../../src/core/quality";
import { blockingOf, checkSegment, issuesOf } from "./check-segment";

describe("shape: segments and title", () => {
  it("blocks a different segment count", () => {
    const report = runQualityChecks({
      targetLanguage: "en",
      source: { title: null, segments: ["Un.", "Deux.", "Trois."] },
      translation: { title: null, segments: ["One.", "Two."] },
    });
    expect(issuesOf(report, "shape")).toEqual([
      "blocking: segment count differs: source 3, translation 2",
    ]);
    expect(report.issues[0]?.segment).toBe(2);
  });

  it("blocks a missing title and an empty segment", () => {
    const report = runQualityChecks({
      targetLanguage: "ru",
      source: { title: "Le titre", segments: ["Le texte."] },
      translation: { title: null, segments: ["  "] },
    });
    expect(issuesOf(report, "shape")).toEqual([
      "blocking: title missing in translation",
      "blocking: translation is empty",
    ]);
  });
});

describe("shape: placeholders", () => {
  const source = "Selon ⟦1⟧, le projet ⟦2⟧ coûtera ⟦3⟧.";

  it("accepts placeholders moved around", () => {
    const target = "The ⟦2⟧ project will cost ⟦3⟧, according to ⟦1⟧.";
    expect(issuesOf(checkSegment("en", source, target), "shape")).toEqual([]);
  });

  it("blocks missing, repeated and invented placeholders", () => {
    const target = "The ⟦2⟧ project will cost ⟦2⟧, says ⟦4⟧.";
    expect(blockingOf(checkSegment("en", source, target), "shape")).toEqual([
      "blocking: placeholder ⟦1⟧ missing",
      "blocking: placeholder ⟦2⟧ appears 2 times, source has 1",
      "blocking: placeholder ⟦3⟧ missing",
      "blocking: placeholder ⟦4⟧ not in source",
    ]);
  });

  it("blocks an altered placeholder", () => {
    const report = checkSegment("kk", "Voir ⟦1⟧.", "⟦ 1⟧ қараңыз.");
    expect(blockingOf(report, "shape")).toEqual(["blocking: placeholder ⟦1⟧ missing"]);
  });
});

describe("shape: Markdown", () => {
  it("accepts links with the same URL and the same emphasis", () => {
    const source = "Lire **le rapport** sur [le site](https://example.org/rapport?id=7).";
    const target = "Read **the report** on [the site](https://example.org/rapport?id=7).";
    expect(issuesOf(checkSegment("en", source, target), "shape")).toEqual([]);
  });

  it("blocks a changed or dropped link URL", () => {
    const source = "Voir [le site](https://example.org/a) et [l'annexe](https://example.org/b).";
    const target = "See [the site](https://example.org/a/) and the annex.";
    expect(blockingOf(checkSegment("en", source, target), "shape")).toEqual([
      "blocking: link URL https://example.org/a missing or changed",
      "blocking: link URL https://example.org/b missing or changed",
      "blocking: link URL https://example.org/a/ not in source",
    ]);
  });

  it("warns about lost emphasis and block markers", () => {
    const source = "- **Важно** : le *texte* reste.";
    const target = "Маңызды: мәтін қалады.";
    expect(issuesOf(checkSegment("kk", source, target), "shape")).toEqual([
      "warning: strong (**) markers: source 2, translation 0",
      "warning: emphasis (*) markers: source 2, translation 0",
      "warning: block marker: source list, translation none",
    ]);
  });

  it("does not read snake_case or list dashes inside text as Markdown", () => {
    const source = "La variable user_id - importante - change.";
    const target = "The user_id variable - important - changes.";
    expect(issuesOf(checkSegment("en", source, target), "shape")).toEqual([]);
  });
});

describe("length ratio", () => {
  const source =
    "Le gouvernement kazakh a présenté mardi un plan d'investissement dans les énergies renouvelables.";

  it("accepts a usual length", () => {
    const target = "The Kazakh government presented a renewable energy investment plan on Tuesday.";
    expect(issuesOf(checkSegment("en", source, target), "length")).toEqual([]);
  });

  it("warns about an unusual length and blocks an extreme one", () => {
    const short = checkSegment("en", source, "The government presented a plan.");
    expect(issuesOf(short, "length")).toEqual([
      "warning: translation short: 32 characters for 97 (ratio 0.33, expected 0.5–1.5)",
    ]);
    const truncated = checkSegment("ru", source, "Правительство.");
    expect(blockingOf(truncated, "length")).toHaveLength(1);
    const runaway = checkSegment("kk", source, "Үкімет жоспарды ұсынды. ".repeat(20));
    expect(blockingOf(runaway, "length")).toHaveLength(1);
  });

  it("leaves short texts alone", () => {
    expect(issuesOf(checkSegment("en", "Oui.", "Yes, of course, absolutely."), "length")).toEqual(
      [],
    );
  });
});
