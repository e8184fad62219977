import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

/** The target languages evaluated and their file names in the eval folders. */
export const evalLanguages = ["en", "ru", "kk"] as const;
export type EvalLanguage = (typeof evalLanguages)[number];
const languageFiles: Record<EvalLanguage | "fr", string> = {
  fr: "fra",
  en: "eng",
  ru: "rus",
  kk: "kaz",
};

const knownIssueSchema = z.object({
  line: z.number().int().optional(),
  lines: z.array(z.number().int()).optional(),
  issue: z.string(),
});

const docsFileSchema = z.object({
  docs: z.array(z.object({ first_line: z.number().int(), last_line: z.number().int() })),
  known_issues: z.array(knownIssueSchema).default([]),
});

type KnownIssue = z.infer<typeof knownIssueSchema>;

/** One document: its 1-based line numbers and the lines of each language. */
export interface EvalDocument {
  readonly lineNumbers: readonly number[];
  readonly french: readonly string[];
  readonly targets: Record<EvalLanguage, readonly string[]>;
}

export interface EvalDataset {
  readonly name: string;
  readonly documents: readonly EvalDocument[];
  /** Known bad lines (1-based) to skip, per target language. */
  readonly excluded: Record<EvalLanguage, ReadonlySet<number>>;
}

function readLines(folder: string, language: EvalLanguage | "fr"): string[] {
  return readFileSync(join(folder, `${languageFiles[language]}.txt`), "utf8").split("\n");
}

/** `Exclude from fr->kk scoring` → kk; `fr->X` → every pair; `harmless` → none. */
function excludedLanguages(issue: KnownIssue): EvalLanguage[] {
  if (/harmless/i.test(issue.issue)) return [];
  const named = evalLanguages.filter((language) => issue.issue.includes(`fr->${language}`));
  if (named.length > 0) return named;
  if (/^kaz\.txt/.test(issue.issue)) return ["kk"];
  return [...evalLanguages];
}

function excludedLines(issues: readonly KnownIssue[]): Record<EvalLanguage, Set<number>> {
  const excluded: Record<EvalLanguage, Set<number>> = {
    en: new Set(),
    ru: new Set(),
    kk: new Set(),
  };
  for (const issue of issues) {
    const lines = issue.line === undefined ? (issue.lines ?? []) : [issue.line];
    for (const language of excludedLanguages(issue)) {
      for (const line of lines) excluded[language].add(line);
    }
  }
  return excluded;
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
}

/** Reads an eval folder (`ntrex`, `flores200`): lines per language, documents, known bad lines. */
export function loadDataset(root: string, name: string): EvalDataset {
  const folder = join(root, name);
  const docsFile = docsFileSchema.parse(
    JSON.parse(readFileSync(join(folder, "docs.json"), "utf8")),
  );
  const french = readLines(folder, "fr");
  const targets = {
    en: readLines(folder, "en"),
    ru: readLines(folder, "ru"),
    kk: readLines(folder, "kk"),
  };
  const pick = (lines: readonly string[], numbers: number[]) =>
    numbers.map((line) => lines[line - 1] ?? "");
  const documents = docsFile.docs.map((doc) => {
    const lineNumbers = range(doc.first_line, doc.last_line);
    return {
      lineNumbers,
      french: pick(french, lineNumbers),
      targets: {
        en: pick(targets.en, lineNumbers),
        ru: pick(targets.ru, lineNumbers),
        kk: pick(targets.kk, lineNumbers),
      },
    };
  });
  return { name, documents, excluded: excludedLines(docsFile.known_issues) };
}
