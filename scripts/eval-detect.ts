/**
 * Measures the language detector on labelled sentences (FLORES-200 by default: report the
 * figures, never tune to them). Prints a table and writes it as JSON.
 * Run: npx tsx scripts/eval-detect.ts [--corpus flores200|ntrex] [--out eval/out/detect.json]
 *      [--data DIR]
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { detectLanguage } from "../src/core/detection/detect-language";
import { detectionLanguageCodes } from "../src/core/detection/detection-languages";
import { kazakhSignals, looksRussianNotKazakh } from "../src/core/detection/kazakh-signals";
import { languageProfileData } from "../src/core/detection/language-profile-data";
import { decodeLanguageProfiles } from "../src/core/detection/language-profile-format";
import { builtInLanguageProfiles } from "../src/core/detection/language-profiles";
import {
  type CorpusName,
  commandLineOption,
  defaultEvalDirectory,
  type LabelledSentence,
  readLabelledSentences,
  wordCount,
} from "./detection-corpus";

const targetLanguages = ["fr", "en", "ru", "kk"];
const targetAccuracy = 99;
const confusionLanguages = ["kk", "ky", "tt", "ru", "uk"];
const longSentenceWords = 5;
const errorExampleLimit = 40;

interface Tally {
  correct: number;
  total: number;
}

interface Outcome {
  readonly sentence: LabelledSentence;
  readonly guess: string;
  readonly confidence: number;
  readonly long: boolean;
  readonly microseconds: number;
}

function accuracy(tally: Tally): number {
  return tally.total === 0 ? 0 : Number(((100 * tally.correct) / tally.total).toFixed(2));
}

function tallyOf(outcomes: readonly Outcome[]): Tally & { accuracy: number } {
  const correct = outcomes.filter((outcome) => outcome.guess === outcome.sentence.language).length;
  const tally = { correct, total: outcomes.length };
  return { ...tally, accuracy: accuracy(tally) };
}

function detectAll(sentences: readonly LabelledSentence[]): Outcome[] {
  return sentences.map((sentence) => {
    const start = performance.now();
    const result = detectLanguage(sentence.text);
    const microseconds = (performance.now() - start) * 1000;
    const long = wordCount(sentence.text) >= longSentenceWords;
    return { sentence, guess: result.language, confidence: result.confidence, long, microseconds };
  });
}

function perLanguage(outcomes: readonly Outcome[]) {
  return detectionLanguageCodes.map((language) => {
    const own = outcomes.filter((outcome) => outcome.sentence.language === language);
    return {
      language,
      long: tallyOf(own.filter((outcome) => outcome.long)),
      short: tallyOf(own.filter((outcome) => !outcome.long)),
    };
  });
}

/** Rows: true language; columns: detected language ("other" for the rest). */
function confusion(outcomes: readonly Outcome[]): Record<string, Record<string, number>> {
  const matrix: Record<string, Record<string, number>> = {};
  for (const language of confusionLanguages) {
    const row: Record<string, number> = Object.fromEntries(
      [...confusionLanguages, "other"].map((column) => [column, 0]),
    );
    for (const outcome of outcomes) {
      if (outcome.sentence.language !== language || !outcome.long) continue;
      const column = confusionLanguages.includes(outcome.guess) ? outcome.guess : "other";
      row[column] = (row[column] ?? 0) + 1;
    }
    matrix[language] = row;
  }
  return matrix;
}

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((first, second) => first - second);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

/** `looksRussianNotKazakh` on the Kazakh lines (false alarms) and Russian lines (catches). */
function russianInKazakhCheck(sentences: readonly LabelledSentence[]) {
  const flagged = (language: string) => {
    const own = sentences.filter((sentence) => sentence.language === language);
    const hits = own.filter((sentence) => looksRussianNotKazakh(kazakhSignals(sentence.text)));
    return { flagged: hits.length, total: own.length };
  };
  return { kazakhLinesFlagged: flagged("kk"), russianLinesFlagged: flagged("ru") };
}

/** Decoding again (the module did it once at load): JSON.parse of both tables. */
function timeDecoding(): number {
  const start = performance.now();
  decodeLanguageProfiles(languageProfileData);
  return Number((performance.now() - start).toFixed(2));
}

/** Short texts made from the first 1–4 words of every sentence, accuracy per length. */
function shortPrefixes(sentences: readonly LabelledSentence[]) {
  return [1, 2, 3, 4].map((words) => {
    const prefixes = sentences.map((sentence) => ({
      ...sentence,
      text: sentence.text.split(/\s+/u).slice(0, words).join(" "),
    }));
    const outcomes = detectAll(prefixes);
    const byLanguage = Object.fromEntries(
      detectionLanguageCodes.map((language) => [
        language,
        tallyOf(outcomes.filter((outcome) => outcome.sentence.language === language)).accuracy,
      ]),
    );
    return { words, overall: tallyOf(outcomes), byLanguage };
  });
}

function timeLongArticle(sentences: readonly LabelledSentence[]): number {
  const article = sentences.map((sentence) => sentence.text).join(" ");
  const start = performance.now();
  for (let run = 0; run < 20; run++) detectLanguage(article);
  return Number((((performance.now() - start) / 20) * 1000).toFixed(1));
}

function modelSize() {
  const path = fileURLToPath(
    new URL("../src/core/detection/language-profile-data.ts", import.meta.url),
  );
  const profiles = builtInLanguageProfiles();
  return {
    dataFileKilobytes: Number((readFileSync(path).byteLength / 1024).toFixed(1)),
    latinNgrams: Object.keys(profiles.scripts.Latn.weightsByNgram).length,
    cyrillicNgrams: Object.keys(profiles.scripts.Cyrl.weightsByNgram).length,
    languages: detectionLanguageCodes,
  };
}

function report(corpus: CorpusName, sentences: readonly LabelledSentence[]) {
  const decodeMilliseconds = timeDecoding();
  const outcomes = detectAll(sentences);
  const languages = perLanguage(outcomes);
  const timings = detectAll(sentences).map((outcome) => outcome.microseconds); // warm pass
  const errors = outcomes.filter((o) => o.long && o.guess !== o.sentence.language);
  return {
    corpus,
    longSentenceWords,
    model: modelSize(),
    cpu: {
      decodeMilliseconds,
      meanMicrosecondsPerSentence: Number(
        (timings.reduce((a, b) => a + b, 0) / timings.length).toFixed(1),
      ),
      p99MicrosecondsPerSentence: Number(percentile(timings, 0.99).toFixed(1)),
      microsecondsPerLongArticle: timeLongArticle(sentences.filter((s) => s.language === "fr")),
    },
    languages,
    overall: {
      long: tallyOf(outcomes.filter((outcome) => outcome.long)),
      short: tallyOf(outcomes.filter((outcome) => !outcome.long)),
      all: tallyOf(outcomes),
    },
    targets: targetLanguages.map((language) => {
      const row = languages.find((entry) => entry.language === language);
      const value = row?.long.accuracy ?? 0;
      return { language, accuracy: value, target: targetAccuracy, pass: value >= targetAccuracy };
    }),
    confusionLongSentences: confusion(outcomes),
    shortPrefixes: shortPrefixes(sentences),
    russianInKazakh: russianInKazakhCheck(sentences),
    errorExamples: errors.slice(0, errorExampleLimit).map((outcome) => ({
      line: outcome.sentence.line,
      language: outcome.sentence.language,
      detected: outcome.guess,
      confidence: Number(outcome.confidence.toFixed(3)),
      text: outcome.sentence.text.slice(0, 160),
    })),
  };
}

type Report = ReturnType<typeof report>;

function formatTally(tally: Tally & { accuracy: number }): string {
  return `${tally.accuracy.toFixed(2).padStart(6)}% (${tally.correct}/${tally.total})`.padEnd(22);
}

function printReport(result: Report): void {
  console.log(
    `corpus ${result.corpus}: accuracy, sentences of ≥${longSentenceWords} words | fewer`,
  );
  for (const row of result.languages) {
    console.log(`  ${row.language}  ${formatTally(row.long)}  ${formatTally(row.short)}`);
  }
  console.log(`  all ${formatTally(result.overall.long)} ${formatTally(result.overall.short)}`);
  console.log(`  every sentence: ${formatTally(result.overall.all)}`);
  for (const target of result.targets) {
    console.log(`  target ${target.language} ≥${target.target}%: ${target.pass ? "pass" : "FAIL"}`);
  }
  console.log(`confusion (≥${longSentenceWords} words), rows true, columns detected:`);
  console.log(`      ${[...confusionLanguages, "other"].map((c) => c.padStart(6)).join("")}`);
  for (const [language, row] of Object.entries(result.confusionLongSentences)) {
    console.log(
      `  ${language}  ${Object.values(row)
        .map((n) => String(n).padStart(6))
        .join("")}`,
    );
  }
  console.log("short texts: the first N words of every sentence, accuracy per language");
  console.log(`  N  all      ${detectionLanguageCodes.map((code) => code.padStart(6)).join("")}`);
  for (const prefix of result.shortPrefixes) {
    const cells = Object.values(prefix.byLanguage).map((value) => value.toFixed(1).padStart(6));
    console.log(
      `  ${prefix.words}  ${prefix.overall.accuracy.toFixed(2).padStart(6)}  ${cells.join("")}`,
    );
  }
  console.log(`russian-in-kazakh check: ${JSON.stringify(result.russianInKazakh)}`);
  console.log(`model: ${JSON.stringify(result.model)}`);
  console.log(`cpu: ${JSON.stringify(result.cpu)}`);
}

function main(): void {
  const corpus = commandLineOption("corpus", "flores200") as CorpusName;
  const outPath = commandLineOption("out", "eval/out/detect.json");
  const sentences = readLabelledSentences(corpus, commandLineOption("data", defaultEvalDirectory));
  const result = report(corpus, sentences);
  printReport(result);
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`wrote ${outPath}`);
}

main();
