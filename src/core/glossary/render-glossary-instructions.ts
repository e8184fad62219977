import { requiredForm } from "./find-glossary-terms";
import type { GlossaryEntry } from "./glossary-schema";

const header = "Glossary: use these forms, inflected only as the grammar requires.";

/** The glossary lines a model call gets: only the terms of this article, in this language. */
export function renderGlossaryInstructions(
  entries: readonly GlossaryEntry[],
  languageCode: string,
): string {
  return renderMultilingualGlossaryInstructions(entries, [languageCode]);
}

/**
 * The same for a call that writes several languages, kept short: terms written as in French
 * everywhere share one "keep as is" line, and languages sharing a form share one mention
 * (`- Astana → en: Astana; kk, ru: Астана`).
 */
export function renderMultilingualGlossaryInstructions(
  entries: readonly GlossaryEntry[],
  languageCodes: readonly string[],
): string {
  const kept: string[] = [];
  const lines: string[] = [];
  for (const entry of entries) {
    const forms = formsOf(entry, languageCodes);
    if (forms.size === 0) continue;
    const [onlyForm] = forms.keys();
    if (entry.do_not_translate || (forms.size === 1 && onlyForm === entry.source)) {
      kept.push(entry.source);
    } else {
      lines.push(renderForms(entry, forms, languageCodes.length));
    }
  }
  if (kept.length > 0) lines.push(`- Keep as is: ${kept.join(", ")}`);
  return lines.length === 0 ? "" : `${header}\n${lines.join("\n")}\n\n`;
}

/** Each required form and the languages that use it. */
function formsOf(entry: GlossaryEntry, languageCodes: readonly string[]): Map<string, string[]> {
  const codesByForm = new Map<string, string[]>();
  for (const code of languageCodes) {
    const form = requiredForm(entry, code);
    if (form !== undefined) codesByForm.set(form, [...(codesByForm.get(form) ?? []), code]);
  }
  return codesByForm;
}

function renderForms(
  entry: GlossaryEntry,
  forms: ReadonlyMap<string, readonly string[]>,
  languageCount: number,
): string {
  if (languageCount === 1) return `- ${entry.source} → ${[...forms.keys()][0]}`;
  const mentions = [...forms].map(([form, codes]) => `${codes.join(", ")}: ${form}`);
  return `- ${entry.source} → ${mentions.join("; ")}`;
}
