import type { TargetLanguage } from "../languages/languages";
import type { UnitId } from "../plan/translation-job";
import { MalformedOutputError, splitSections } from "./parse-translation-output";

export interface ParsedSummary {
  readonly notes: ReadonlyMap<UnitId, string>;
  readonly bullets: ReadonlyMap<string, readonly string[]>;
}

const bulletPrefix = /^\s*(?:[-*•–]|\d{1,2}[.)])\s+/;

/** Reads the notes asked for and `[[summary CODE]]` bullets; exactly the count asked for. */
export function parseSummaryOutput(
  text: string,
  expected: {
    readonly noteIds: readonly UnitId[];
    readonly languages: readonly TargetLanguage[];
    readonly bullets: number;
  },
): ParsedSummary {
  const problems: string[] = [];
  const sections = splitSections(text, problems);
  const notes = new Map<UnitId, string>();
  for (const unitId of expected.noteIds) {
    const note = (sections.get(String(unitId)) ?? [])
      .map((line) => line.trim())
      .join(" ")
      .trim();
    if (note === "") problems.push(`note ${unitId} is missing`);
    else notes.set(unitId, note);
  }
  const bullets = new Map<string, string[]>();
  for (const { code } of expected.languages) {
    const items = readBullets(sections.get(`summary ${code}`));
    if (items.length < expected.bullets) {
      problems.push(`summary ${code} has ${items.length} of ${expected.bullets} bullets`);
    }
    bullets.set(code, items.slice(0, expected.bullets));
  }
  if (problems.length > 0) throw new MalformedOutputError(problems);
  return { notes, bullets };
}

function readBullets(lines: readonly string[] | undefined): string[] {
  return (lines ?? [])
    .filter((line) => bulletPrefix.test(line))
    .map((line) => line.replace(bulletPrefix, "").trim())
    .filter(Boolean);
}
