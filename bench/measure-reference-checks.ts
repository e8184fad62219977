import { readFileSync } from "node:fs";
import { detectLanguage } from "../src/core/detection/detect-language";
import { defaultGlossaryEntries } from "../src/core/glossary/default-glossary";
import type { QaTargetLanguage } from "../src/core/quality/qa-report";
import { runQualityChecks } from "../src/core/quality/run-quality-checks";
import { threadCpuMs } from "./thread-cpu";

const ntrexDirectory = new URL("../../shared/eval/ntrex/", import.meta.url);
const linesPerParagraph = 3;

function readLines(language: string): string[] {
  return readFileSync(new URL(`${language}.txt`, ntrexDirectory), "utf8").split("\n");
}

/** NTREX news from its first line on, three lines a paragraph, until `targetWords` French words. */
function referenceParagraphs(targetWords: number): Record<"fr" | QaTargetLanguage, string[]> {
  const lines = {
    fr: readLines("fra"),
    en: readLines("eng"),
    kk: readLines("kaz"),
    ru: readLines("rus"),
  };
  const paragraphs = {
    fr: [] as string[],
    en: [] as string[],
    kk: [] as string[],
    ru: [] as string[],
  };
  let words = 0;
  for (let first = 0; words < targetWords; first += linesPerParagraph) {
    for (const language of ["fr", "en", "kk", "ru"] as const) {
      paragraphs[language].push(lines[language].slice(first, first + linesPerParagraph).join(" "));
    }
    words += paragraphs.fr.at(-1)?.split(/\s+/).length ?? 0;
  }
  return paragraphs;
}

/**
 * CPU of the quality checks alone, for three languages, on about 3,000 words of French news
 * and their professional English, Kazakh and Russian translations (NTREX), as a model that
 * translates well would answer: a reference beside the figures measured on the mock's
 * pseudo-translations, which the plain-language shortcuts settle less often.
 * Each run reads texts not seen before (every paragraph numbered with the run).
 */
export function measureChecksOnReferences(runs = 60): { samples: number[]; words: number } {
  const paragraphs = referenceParagraphs(3_000);
  const warmUps = 5;
  const samples: number[] = [];
  for (let run = 0; run < warmUps + runs; run += 1) {
    const numbered = (texts: readonly string[]) => texts.map((text) => `${text} (${run})`);
    const start = threadCpuMs();
    for (const language of ["en", "kk", "ru"] as const) {
      runQualityChecks({
        targetLanguage: language,
        source: { title: null, segments: numbered(paragraphs.fr) },
        translation: { title: null, segments: numbered(paragraphs[language]) },
        glossary: [...defaultGlossaryEntries],
        detectLanguage,
      });
    }
    if (run >= warmUps) samples.push(threadCpuMs() - start);
  }
  const words = paragraphs.fr.join(" ").split(/\s+/).length;
  return { samples, words };
}
