import { requiredForm } from "./find-glossary-terms";
import type { GlossaryEntry } from "./glossary-schema";

/** The glossary lines a model call gets: only the terms of this article, in this language. */
export function renderGlossaryInstructions(
  entries: readonly GlossaryEntry[],
  languageCode: string,
): string {
  const lines = entries.flatMap((entry) => {
    const form = requiredForm(entry, languageCode);
    if (form === undefined) return [];
    const note = entry.do_not_translate ? " (keep as is)" : "";
    return [`- ${entry.source} → ${form}${note}`];
  });
  if (lines.length === 0) return "";
  return `Glossary: render these terms exactly so, inflecting only where the grammar requires it.\n${lines.join("\n")}\n\n`;
}
