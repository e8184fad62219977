/** A glossary line of the prompt: a French term and its required form in each language. */
export interface GlossaryRule {
  readonly source: string;
  /** Language code → required form. */
  readonly forms: ReadonlyMap<string, string>;
}

const glossaryHeader = /^[ \t]*Glossary:.*$/m;
const keepLine = /^Keep as is:[ \t]*(.+)$/;
const formLine = /^(.+?)[ \t]+→[ \t]+(.+)$/;
const languageMention =
  /^([a-z]{2,3}(?:-[A-Za-z0-9]+)*(?:,[ \t]*[a-z]{2,3}(?:-[A-Za-z0-9]+)*)*):[ \t]*(.+)$/;

/**
 * The glossary block of a translation prompt (the worker's `renderGlossaryInstructions`): the
 * `- term → form` lines after the `Glossary:` line, for a call in `targetCodes`. A call in one
 * language writes the bare form; a call in several writes `en: form; kk, ru: form`.
 */
export function readGlossaryLines(header: string, targetCodes: readonly string[]): GlossaryRule[] {
  const start = glossaryHeader.exec(header);
  if (!start) return [];
  const rules: GlossaryRule[] = [];
  const lines = header
    .slice(start.index + start[0].length)
    .split("\n")
    .slice(1);
  for (const rawLine of lines) {
    const line = rawLine.trim();
    if (!line.startsWith("- ")) break;
    rules.push(...readRules(line.slice(2).trim(), targetCodes));
  }
  return rules;
}

function readRules(line: string, targetCodes: readonly string[]): GlossaryRule[] {
  const kept = keepLine.exec(line);
  if (kept) {
    return (kept[1] ?? "")
      .split(/,[ \t]*/)
      .filter((term) => term !== "")
      .map((term) => ({ source: term, forms: new Map(targetCodes.map((code) => [code, term])) }));
  }
  const match = formLine.exec(line);
  if (!match) return [];
  const [, source = "", forms = ""] = match;
  if (targetCodes.length === 1)
    return [{ source, forms: new Map([[targetCodes[0] ?? "", forms]]) }];
  return [{ source, forms: readMentions(forms) }];
}

/** `en: Astana; kk, ru: Астана` → en → Astana, kk → Астана, ru → Астана. */
function readMentions(text: string): Map<string, string> {
  const forms = new Map<string, string>();
  for (const mention of text.split(/;[ \t]*/)) {
    const match = languageMention.exec(mention.trim());
    if (!match) continue;
    for (const code of (match[1] ?? "").split(/,[ \t]*/)) forms.set(code, match[2] ?? "");
  }
  return forms;
}
