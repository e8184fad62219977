import { readFileSync } from "node:fs";
import { parseArticle } from "../src/core/article/parse-article";
import type { Cache } from "../src/core/cache/cache";
import { detectLanguage } from "../src/core/detection/detect-language";
import { defaultGlossaryEntries } from "../src/core/glossary/default-glossary";
import { targetLanguages } from "../src/core/languages/languages";
import type {
  GenerateRequest,
  GenerateResult,
  LanguageModel,
} from "../src/core/model/language-model";
import { translateArticle } from "../src/core/pipeline/translate-article";
import { type QaCheckName, qaCheckNameSchema } from "../src/core/quality/qa-report";
import { runQualityChecks } from "../src/core/quality/run-quality-checks";
import type { BenchArticle } from "./bench-articles";
import { pseudoTranslateAnswer } from "./pseudo-answer";
import { threadCpuMs } from "./thread-cpu";

const prompts = {
  translateSystem: readFileSync(new URL("../prompts/translate-system.md", import.meta.url), "utf8"),
  translateUser: readFileSync(new URL("../prompts/translate-user.md", import.meta.url), "utf8"),
  summarySystem: readFileSync(new URL("../prompts/summary-system.md", import.meta.url), "utf8"),
  summaryUser: readFileSync(new URL("../prompts/summary-user.md", import.meta.url), "utf8"),
};

/** A model that answers instantly from answers prepared before the clock starts. */
class ReplayModel implements LanguageModel {
  readonly provider = "replay";
  readonly modelId = "replay-1";
  readonly answers = new Map<string, string>();
  recording = true;

  async generate(request: GenerateRequest): Promise<GenerateResult> {
    const key = request.messages.map((message) => message.content).join("\u0000");
    let text = this.answers.get(key);
    if (text === undefined) {
      if (!this.recording) throw new Error("no prepared answer");
      text = pseudoTranslateAnswer(request);
      this.answers.set(key, text);
    }
    return {
      text,
      finishReason: "stop",
      usage: { inputTokens: 0, outputTokens: 0 },
      provider: this.provider,
      modelId: this.modelId,
    };
  }
}

const nullCache: Cache = { getMany: async () => new Map(), put: async () => {} };

/**
 * The article with every plain paragraph signed with a dispatch number, so that each measured
 * run reads texts the worker has not seen: nothing carries over from one run to the next.
 */
function variantOf(article: BenchArticle, variant: number): BenchArticle {
  const signed = article.body
    .split("\n\n")
    .map((paragraph) =>
      /^[#>|*-]/.test(paragraph) ? paragraph : `${paragraph} Dossier ${variant}.`,
    );
  return { ...article, title: `${article.title} (${variant})`, body: signed.join("\n\n") };
}

/**
 * CPU samples per article, in ms, on the thread that runs the worker's code (what a Workers
 * isolate is billed for): with every quality check, with none (`QA_CHECKS=none`), with each
 * named set of checks alone; and with every check on every thread of the process (V8's
 * background compiler and garbage collector included).
 */
export interface CpuSamples {
  readonly withChecks: number[];
  readonly withoutChecks: number[];
  readonly withChecksAllThreads: number[];
  readonly bySet: ReadonlyMap<string, number[]>;
}

/** The CPU every thread of the process has used, in ms. */
function processCpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

const everyCheck = qaCheckNameSchema.options;

/** Variants of each set of checks start this far apart, so no set reads another's texts. */
const variantsPerSet = 1000;

/**
 * CPU time of the worker's own code for one article (parse, segment, hash, plan, prompts,
 * parse answers, checks, reassemble), with a model that costs nothing. Each sample reads a
 * fresh variant of the article, whose answers were recorded beforehand; the same variants are
 * measured without the checks, then with all of them; each named set of checks gets variants
 * of its own (a check remembers the source texts it has read).
 */
export async function measureCpuPerArticle(
  article: BenchArticle,
  checkSets: Readonly<Record<string, readonly QaCheckName[]>> = {},
  runs = 60,
): Promise<CpuSamples> {
  const model = new ReplayModel();
  const warmUps = 5;
  const run = (variant: number, checks: readonly QaCheckName[]) =>
    translateArticle(
      {
        models: [model],
        cache: nullCache,
        prompts,
        promptVersion: "bench",
        retry: { maxRetries: 0, baseDelayMs: 0, maxDelayMs: 0 },
        timeoutMs: 60_000,
        maxOutputTokens: 16_000,
        maxSourceCharactersPerCall: 12_000,
        concurrency: 6,
        cacheTtlSeconds: 60,
        repairBlockingIssues: false,
        checkQuality: (input) => runQualityChecks({ ...input, detectLanguage }),
        qualityChecks: checks,
        runInBackground: () => {},
        now: () => new Date(),
      },
      {
        document: parseArticle(variantOf(article, variant)),
        languages: targetLanguages.filter((language) => !language.derivedFrom),
        summaryBullets: 5,
        bypassCache: true,
        glossary: defaultGlossaryEntries,
      },
    );
  // Each set's answers are recorded just before it is measured and dropped after, so that no
  // measurement pays for a heap full of other sets' answers.
  const record = async (firstVariant: number) => {
    model.answers.clear();
    model.recording = true;
    for (let variant = 0; variant < warmUps + runs; variant += 1) {
      await run(firstVariant + variant, []);
    }
    model.recording = false;
  };
  const measure = async (checks: readonly QaCheckName[], firstVariant = 0) => {
    const thread: number[] = [];
    const allThreads: number[] = [];
    for (let variant = 0; variant < warmUps + runs; variant += 1) {
      const [threadStart, processStart] = [threadCpuMs(), processCpuMs()];
      await run(firstVariant + variant, checks);
      if (variant < warmUps) continue;
      thread.push(threadCpuMs() - threadStart);
      allThreads.push(processCpuMs() - processStart);
    }
    return { thread, allThreads };
  };
  await record(0);
  const withoutChecks = await measure([]);
  const withChecks = await measure(everyCheck);
  const bySet = new Map<string, number[]>();
  for (const [index, [name, checks]] of Object.entries(checkSets).entries()) {
    const firstVariant = (index + 1) * variantsPerSet;
    await record(firstVariant);
    bySet.set(name, (await measure(checks, firstVariant)).thread);
  }
  model.answers.clear();
  return {
    withChecks: withChecks.thread,
    withoutChecks: withoutChecks.thread,
    withChecksAllThreads: withChecks.allThreads,
    bySet,
  };
}
