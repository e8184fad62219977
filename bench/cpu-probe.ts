/**
 * The CPU measurements, run in a Node process of their own that holds only the worker's code
 * (as a Workers isolate does), not beside wrangler and the mock server: `npm run bench`
 * starts it before anything else and reads its JSON from stdout.
 */
import type { QaCheckName } from "../src/core/quality/qa-report";
import { longArticle } from "./bench-articles";
import { measureCpuPerArticle } from "./measure-cpu";
import { measureChecksOnReferences } from "./measure-reference-checks";

/** Each check alone, and the checks that read no language statistics, by `QA_CHECKS`. */
const checkSets: Readonly<Record<string, readonly QaCheckName[]>> = {
  numbers: ["numbers"],
  glossary: ["glossary"],
  names: ["names"],
  language: ["language"],
  script: ["script"],
  untranslated: ["untranslated"],
  shape: ["shape"],
  length: ["length"],
  "numbers,glossary,script,shape,length": ["numbers", "glossary", "script", "shape", "length"],
};

const cpu = await measureCpuPerArticle(longArticle(), checkSets);
const references = measureChecksOnReferences();
process.stdout.write(
  JSON.stringify({
    withChecks: cpu.withChecks,
    withoutChecks: cpu.withoutChecks,
    withChecksAllThreads: cpu.withChecksAllThreads,
    bySet: [...cpu.bySet],
    references,
  }),
);
