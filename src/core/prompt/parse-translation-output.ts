import { listPlaceholders } from "../article/protect-inline-markup";
import type { UnitId } from "../plan/translation-job";

export interface ExpectedOutput {
  /** Each unit asked for, its languages, and its source text (to compare ⟦n⟧ tokens). */
  readonly units: ReadonlyArray<{
    readonly id: UnitId;
    readonly languageCodes: readonly string[];
    readonly sourceText: string;
  }>;
}

/** Translations by language code, then by unit. */
export type TranslationsByLanguage = ReadonlyMap<string, ReadonlyMap<UnitId, string>>;

/** Thrown when the model's answer does not follow the requested format. */
export class MalformedOutputError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Model output does not follow the format: ${problems.slice(0, 3).join("; ")}`);
    this.name = "MalformedOutputError";
  }
}

/** `[[id]]`, `[[id xx]]` (a unit in one language) or `[[summary xx]]`, then the text. */
export const answerMarkerLine =
  /^\s*\[\[(title|end|\d+|summary)(?: ([A-Za-z]{2,3}(?:-[A-Za-z]+)?))?\]\]\s?(.*)$/;

/**
 * Reads `[[id xx]] text` lines up to `[[end]]`; validates every unit in every language asked.
 * When a call asks for one language only, `[[id]]` without a code is read as that language.
 */
export function parseTranslationOutput(
  text: string,
  expected: ExpectedOutput,
): TranslationsByLanguage {
  const problems: string[] = [];
  const sections = splitSections(text, problems);
  const translations = collectTranslations(sections, expected, problems);
  if (problems.length > 0) throw new MalformedOutputError(problems);
  return translations;
}

/** The lines under each `[[marker]]` (keyed `id` or `id xx`), up to `[[end]]`. */
export function splitSections(text: string, problems: string[]): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split("\n")) {
    const match = answerMarkerLine.exec(line);
    if (!match) {
      if (current && !/^\s*```/.test(line)) current.push(line);
      continue;
    }
    const [, id = "", code, rest = ""] = match;
    if (id === "end") break;
    const key = code ? `${id} ${code}` : id;
    if (sections.has(key)) problems.push(`segment ${key} appears twice`);
    current = [];
    sections.set(key, current);
    if (rest.trim() !== "") current.push(rest);
  }
  return sections;
}

function collectTranslations(
  sections: Map<string, string[]>,
  expected: ExpectedOutput,
  problems: string[],
): Map<string, Map<UnitId, string>> {
  const codes = [...new Set(expected.units.flatMap((unit) => unit.languageCodes))];
  const onlyCode = codes.length === 1 ? codes[0] : undefined;
  const translations = new Map(codes.map((code) => [code, new Map<UnitId, string>()]));
  const expectedKeys = new Set<string>();
  for (const unit of expected.units) {
    for (const code of unit.languageCodes) {
      const key = `${unit.id} ${code}`;
      const bareKey = code === onlyCode ? String(unit.id) : undefined;
      expectedKeys.add(key);
      if (bareKey) expectedKeys.add(bareKey);
      const lines = sections.get(key) ?? (bareKey ? sections.get(bareKey) : undefined);
      const translation = joinLines(lines);
      if (translation === "") {
        problems.push(`segment ${key} is missing`);
        continue;
      }
      if (listPlaceholders(translation).join() !== listPlaceholders(unit.sourceText).join()) {
        problems.push(`segment ${key} lost or changed its ⟦n⟧ tokens`);
      }
      translations.get(code)?.set(unit.id, translation);
    }
  }
  for (const key of sections.keys()) {
    if (!expectedKeys.has(key)) problems.push(`unexpected segment ${key}`);
  }
  return translations;
}

function joinLines(lines: readonly string[] | undefined): string {
  return (
    lines
      ?.map((line) => line.trim())
      .filter(Boolean)
      .join(" ") ?? ""
  );
}
