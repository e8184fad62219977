import type { SegmentLine } from "./prompt-template";

export const sampleSegments: readonly SegmentLine[] = [
  ["title", "Le gouvernement débloque 3,5 milliards d'euros pour l'hôpital"],
  [
    "1",
    "Le **Premier ministre** a annoncé lundi 12 mars 2025 une enveloppe de 3,5 milliards d'euros ⟦1⟧. Elle sera versée en deux fois.",
  ],
  ["2", "Selon _l'Insee_, le taux de chômage atteint 7,4 % au premier trimestre."],
  ["3", "Le détail du plan est publié sur [le site du ministère](⟦2⟧) et sur ⟦3⟧."],
  ["4", "« Nous tiendrons nos engagements », a déclaré la ministre à Marseille."],
];

/** The glossary block the worker puts before the article, blank line included. */
export const sampleGlossary =
  "Glossary: use these forms, inflected only as the grammar requires.\n" +
  "- Premier ministre → Премьер-министр\n- Keep as is: Insee\n\n";
