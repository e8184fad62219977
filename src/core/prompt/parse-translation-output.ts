import { listPlaceholders } from "../article/protect-inline-markup";
import type { UnitId } from "../plan/translation-job";

export interface ExpectedOutput {
  /** Each unit asked for, with its source text (to compare ⟦n⟧ tokens). */
  readonly units: ReadonlyArray<{ readonly id: UnitId; readonly sourceText: string }>;
}

/** Thrown when the model's answer does not follow the requested format. */
export class MalformedOutputError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Model output does not follow the format: ${problems.slice(0, 3).join("; ")}`);
    this.name = "MalformedOutputError";
  }
}

const markerLine = /^\s*\[\[(title|end|\d+|summary(?: [a-z-]+)?)\]\]\s?(.*)$/;

/** Reads `[[id]] text` lines up to `[[end]]`; validates every unit. */
export function parseTranslationOutput(
  text: string,
  expected: ExpectedOutput,
): ReadonlyMap<UnitId, string> {
  const problems: string[] = [];
  const sections = splitSections(text, problems);
  const translations = collectTranslations(sections, expected, problems);
  if (problems.length > 0) throw new MalformedOutputError(problems);
  return translations;
}

/** The lines under each `[[marker]]`, up to `[[end]]`. */
export function splitSections(text: string, problems: string[]): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split("\n")) {
    const match = markerLine.exec(line);
    if (!match) {
      if (current && !/^\s*```/.test(line)) current.push(line);
      continue;
    }
    const [, id = "", rest = ""] = match;
    if (id === "end") break;
    if (sections.has(id)) problems.push(`segment ${id} appears twice`);
    current = [];
    sections.set(id, current);
    if (rest.trim() !== "") current.push(rest);
  }
  return sections;
}

export function collectTranslations(
  sections: Map<string, string[]>,
  expected: ExpectedOutput,
  problems: string[],
): Map<UnitId, string> {
  const translations = new Map<UnitId, string>();
  for (const unit of expected.units) {
    const lines = sections.get(String(unit.id));
    const translation =
      lines
        ?.map((line) => line.trim())
        .filter(Boolean)
        .join(" ") ?? "";
    if (translation === "") {
      problems.push(`segment ${unit.id} is missing`);
      continue;
    }
    if (listPlaceholders(translation).join() !== listPlaceholders(unit.sourceText).join()) {
      problems.push(`segment ${unit.id} lost or changed its ⟦n⟧ tokens`);
    }
    translations.set(unit.id, translation);
  }
  const expectedIds = new Set(expected.units.map((unit) => String(unit.id)));
  for (const id of sections.keys()) {
    if (!expectedIds.has(id)) problems.push(`unexpected segment ${id}`);
  }
  return translations;
}
