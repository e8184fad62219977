import { describe, expect, it } from "vitest";
import type { GlossaryEntry } from "../../../src/core/glossary/glossary-schema";
import {
  renderGlossaryInstructions,
  renderMultilingualGlossaryInstructions,
} from "../../../src/core/glossary/render-glossary-instructions";

const entries: GlossaryEntry[] = [
  { source: "Astana", targets: { en: "Astana", kk: "Астана", ru: "Астана" } },
  { source: "Tokaïev", targets: { en: "Tokayev", kk: "Тоқаев", ru: "Токаев" } },
  { source: "Alstom", targets: { en: "Alstom", kk: "Alstom", ru: "Alstom" } },
  { source: "Le Monde", targets: {}, do_not_translate: true },
];

describe("renderMultilingualGlossaryInstructions", () => {
  it("gives each term's form per language, shared forms once, kept terms on one line", () => {
    expect(renderMultilingualGlossaryInstructions(entries, ["en", "kk", "ru"])).toBe(
      [
        "Glossary: use these forms, inflected only as the grammar requires.",
        "- Astana → en: Astana; kk, ru: Астана",
        "- Tokaïev → en: Tokayev; kk: Тоқаев; ru: Токаев",
        "- Keep as is: Alstom, Le Monde",
        "",
        "",
      ].join("\n"),
    );
  });

  it("gives the bare form for one language, and nothing without entries", () => {
    expect(renderGlossaryInstructions(entries.slice(0, 2), "kk")).toContain("- Tokaïev → Тоқаев");
    expect(renderMultilingualGlossaryInstructions([], ["en", "kk"])).toBe("");
  });

  it("leaves out a term with no form in the call's languages", () => {
    const onlyKazakh: GlossaryEntry = { source: "Mäjilis", targets: { kk: "Мәжіліс" } };
    expect(renderMultilingualGlossaryInstructions([onlyKazakh], ["en", "ru"])).toBe("");
  });
});
