/**
 * Measures the deterministic quality checks (src/core/quality) on human references:
 * false alarms on clean fr→en/ru/kk pairs, and catches of injected errors.
 *
 *   npx tsx scripts/eval-qa.ts [--out eval/out/qa.json] [--data ../shared/eval]
 *
 * NTREX is the development set (tuned on); FLORES-200 is reported as it comes out.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { evalLanguages, loadDataset } from "./eval/eval-datasets";
import { formatTables } from "./eval/format-table";
import { ntrexGlossary } from "./eval/ntrex-glossary";
import { type LanguageResult, scoreLanguage } from "./eval/score-language";

const datasetNames = ["ntrex", "flores200"] as const;

function readOptions() {
  const { values } = parseArgs({
    options: {
      out: { type: "string", default: "eval/out/qa.json" },
      data: {
        type: "string",
        default: fileURLToPath(new URL("../../shared/eval", import.meta.url)),
      },
    },
  });
  return { out: values.out, data: values.data };
}

function main(): void {
  const options = readOptions();
  const results: LanguageResult[] = [];
  for (const name of datasetNames) {
    const dataset = loadDataset(options.data, name);
    for (const language of evalLanguages)
      results.push(scoreLanguage(dataset, language, ntrexGlossary));
  }
  console.log(formatTables(results));
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify({ results }, null, 2)}\n`);
  console.log(`\nwrote ${options.out}`);
}

main();
