/**
 * Reads the evaluation data (shared/eval, see its README) as labelled sentences for the
 * language detector: NTREX for training and tuning, FLORES-200 for acceptance only.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export type CorpusName = "ntrex" | "flores200";

export interface LabelledSentence {
  /** ISO 639-1. */
  readonly language: string;
  /** 1-based line number, the same segment in every language file. */
  readonly line: number;
  /** Index of the document the line belongs to (docs.json), for document-wise splits. */
  readonly documentIndex: number;
  readonly text: string;
}

/** File names (without .txt) per ISO 639-1 code; fra-CA adds Canadian French to training. */
const filesByCorpus: Readonly<Record<CorpusName, Readonly<Record<string, readonly string[]>>>> = {
  ntrex: {
    fr: ["fra", "fra-CA"],
    en: ["eng"],
    de: ["deu"],
    tr: ["tur"],
    az: ["aze-Latn"],
    uz: ["uzb"],
    ru: ["rus"],
    uk: ["ukr"],
    be: ["bel"],
    kk: ["kaz"],
    ky: ["kir"],
    tt: ["tat"],
    ba: ["bak"],
  },
  flores200: {
    fr: ["fra"],
    en: ["eng"],
    de: ["deu"],
    tr: ["tur"],
    az: ["azj"],
    uz: ["uzn"],
    ru: ["rus"],
    uk: ["ukr"],
    be: ["bel"],
    kk: ["kaz"],
    ky: ["kir"],
    tt: ["tat"],
    ba: ["bak"],
  },
};

/** Known bad lines (docs.json `known_issues`); `language` undefined means every language. */
const knownBadLines: Readonly<Record<CorpusName, readonly { line: number; language?: string }[]>> =
  {
    ntrex: [{ line: 681 }, { line: 1660, language: "kk" }],
    flores200: [{ line: 450, language: "kk" }],
  };

export const defaultEvalDirectory = fileURLToPath(new URL("../../shared/eval/", import.meta.url));

function isKnownBad(corpus: CorpusName, language: string, line: number): boolean {
  return knownBadLines[corpus].some(
    (bad) => bad.line === line && (bad.language === undefined || bad.language === language),
  );
}

function documentIndexByLine(directory: string): number[] {
  const docs = JSON.parse(readFileSync(join(directory, "docs.json"), "utf8")) as {
    docs: { first_line: number; last_line: number }[];
  };
  const indexes: number[] = [];
  docs.docs.forEach((doc, index) => {
    for (let line = doc.first_line; line <= doc.last_line; line++) indexes[line] = index;
  });
  return indexes;
}

function readLines(path: string): string[] {
  const lines = readFileSync(path, "utf8").split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

/** Every usable sentence of `corpus`, known bad lines and empty lines left out. */
export function readLabelledSentences(
  corpus: CorpusName,
  evalDirectory: string = defaultEvalDirectory,
): LabelledSentence[] {
  const directory = join(evalDirectory, corpus);
  const documents = documentIndexByLine(directory);
  const sentences: LabelledSentence[] = [];
  for (const [language, files] of Object.entries(filesByCorpus[corpus])) {
    for (const file of files) {
      readLines(join(directory, `${file}.txt`)).forEach((text, index) => {
        const line = index + 1;
        if (text.trim() === "" || isKnownBad(corpus, language, line)) return;
        sentences.push({ language, line, documentIndex: documents[line] ?? -1, text });
      });
    }
  }
  return sentences;
}

/** Words as the targets count them: runs of non-space characters. */
export function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => word !== "").length;
}

/** The value after `--name` on the command line, or `fallback`. */
export function commandLineOption(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}
