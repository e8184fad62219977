import { describe, expect, it } from "vitest";
import { deriveSummaryBullets } from "../../mock-llm/derive-summary-bullets";
import type { SummarySegment } from "../../mock-llm/worker-prompt";
import { writeSegmentNote } from "../../mock-llm/write-segment-note";

const segment = (id: string, text: string, isNote = false): SummarySegment => ({
  id,
  markerCodes: [],
  text,
  isNote,
});

describe("deriveSummaryBullets", () => {
  const segments = [
    segment("title", "Titre de l'article"),
    segment("1", "Première phrase ⟦1⟧. Deuxième phrase."),
    segment("2", "Voir [le lien](⟦2⟧) ici."),
  ];

  it("gives exactly the count asked for, from first sentences, without ⟦n⟧ tokens", () => {
    expect(deriveSummaryBullets(segments, 3, "en")).toEqual([
      "[ENG] Premiere phrase.",
      "[ENG] Voir the lien ici.",
      "[ENG] Titre of the article",
    ]);
    expect(deriveSummaryBullets(segments, 4, "en")[3]).toBe("[ENG] Deuxieme phrase.");
    expect(deriveSummaryBullets(segments, 7, "kk")).toHaveLength(7);
    expect(deriveSummaryBullets([], 2, "ru")).toEqual(["[RUS] Кеы пуант 1.", "[RUS] Кеы пуант 2."]);
  });

  it("uses a note line's note: as is in English, pseudo-translated otherwise", () => {
    const withNote = [segment("1", "[ENG] The minister promised 3.5 billion euros.", true)];
    expect(deriveSummaryBullets(withNote, 1, "en")).toEqual([
      "[ENG] The minister promised 3.5 billion euros.",
    ]);
    const [kk] = deriveSummaryBullets(withNote, 1, "kk");
    expect(kk?.startsWith("[KAZ] ")).toBe(true);
    expect(kk).toContain("3.5");
    expect(kk).not.toContain("[ENG]");
  });

  it("cuts a long sentence to 25 words", () => {
    const long = segment("1", `${Array.from({ length: 40 }, (_v, i) => `mot${i}`).join(" ")}.`);
    const [bullet] = deriveSummaryBullets([long], 1, "en");
    expect(bullet?.split(" ")).toHaveLength(26);
    expect(bullet?.endsWith("…")).toBe(true);
  });
});

describe("writeSegmentNote", () => {
  it("writes the first sentence in English, 8 words at most with the tag", () => {
    const note = writeSegmentNote(
      "Le **Premier ministre** a annoncé lundi 12 mars 2025 une enveloppe de 3,5 milliards d'euros ⟦1⟧ pour les hôpitaux publics. Elle sera versée en deux fois.",
    );
    expect(note).toBe("[ENG] The **Premier minister** has annonce Monday 12…");
    expect(note.split(" ").length).toBeLessThanOrEqual(8);
    expect(writeSegmentNote("Elle sera versée.")).toBe("[ENG] She will be versee.");
  });

  it("gives a stock note for an empty segment", () => {
    expect(writeSegmentNote("")).toBe("[ENG] No key facts.");
  });
});
