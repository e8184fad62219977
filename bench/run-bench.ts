/**
 * `npm run bench`: the real worker (wrangler dev, local KV) against the bundled mock LLM with
 * a realistic latency model, measuring side by side in one run what the README promises.
 * Writes bench/report.md, bench/report.json and bench/timeline.svg.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { encode } from "gpt-tokenizer";
import OpenAI from "openai";
import { unstable_dev } from "wrangler";
import { startMockLlmServer } from "../mock-llm/index";
import { parseArticle } from "../src/core/article/parse-article";
import { ArticleGlossary } from "../src/core/glossary/article-glossary";
import { targetLanguages } from "../src/core/languages/languages";
import { singleLanguageJob } from "../src/core/plan/translation-job";
import { buildSummaryMessages } from "../src/core/prompt/build-summary-messages";
import { buildTranslationMessages } from "../src/core/prompt/build-translation-messages";
import { allUnitIds, unitText } from "../src/core/prompt/unit-text";
import { type BenchArticle, editOneParagraph, longArticle, seedArticle } from "./bench-articles";
import { readPrompts } from "./read-prompts";
import { type TimelineCall, type TimelineLane, timelineSvg } from "./timeline-svg";
import { type Figure, median, percentile, writeReport } from "./write-report";

process.env.CLOUDFLARE_CF_FETCH_ENABLED = "false";
process.env.WRANGLER_SEND_METRICS = "false";

const ttftMs = Number(process.env.BENCH_TTFT_MS ?? 400);
const tokensPerSecond = Number(process.env.BENCH_TOKENS_PER_SECOND ?? 60);
const languages = targetLanguages.filter((language) => !language.derivedFrom);
const calls: Array<{ endedAt: number; durationMs: number; detail: string }> = [];

interface TranslationBody {
  results: Record<string, { title: string | null; body: string; summary: string[] | null }>;
  meta: {
    usage: { input_tokens: number; output_tokens: number; llm_calls: number };
    cache: string;
    segments: { hit: number; missed: number };
  };
}

const tokens = (text: string) => encode(text).length;

async function main() {
  // First, while nothing else runs: the CPU figures are the most sensitive to a busy machine.
  const cpuFigures = measureCpu();
  const mock = await startMockLlmServer({
    ttftMs,
    tokensPerSecond,
    onRequest: (entry) =>
      calls.push({ endedAt: Date.now(), durationMs: entry.durationMs, detail: entry.detail }),
  });
  const worker = await unstable_dev("src/index.ts", {
    config: "wrangler.toml",
    ip: "127.0.0.1",
    persistTo: mkdtempSync(join(tmpdir(), "tilmash-bench-")),
    logLevel: "warn",
    vars: {
      OPENAI_BASE_URL: `${mock.url}/v1`,
      OPENAI_API_KEY: "mock",
      LLM_PROVIDERS: "openai",
      QA_REPAIR: "false",
      API_KEYS: "",
    },
    experimental: { disableExperimentalWarning: true, watch: false, disableDevRegistry: true },
  });
  const base = `http://127.0.0.1:${worker.port}`;
  try {
    const figures: Figure[] = [];
    const lanes: TimelineLane[] = [];
    figures.push(await warmUp(base));
    for (const article of [seedArticle(), longArticle()]) {
      figures.push(...(await measurePlans(base, mock.url, article, lanes)));
    }
    figures.push(await measureIncremental(base, longArticle()));
    figures.push(await measureCmsField(base, longArticle()));
    figures.push(...(await measureCacheHits(base, seedArticle())));
    figures.push(...cpuFigures);
    writeFileSync(new URL("timeline.svg", import.meta.url), timelineSvg(lanes));
    writeReport({ ttftMs, tokensPerSecond, figures });
  } finally {
    await worker.stop();
    await mock.close();
  }
}

interface CpuProbeResult {
  readonly withChecks: number[];
  readonly withoutChecks: number[];
  readonly withChecksAllThreads: number[];
  readonly bySet: Array<[string, number[]]>;
  readonly references: { readonly samples: number[]; readonly words: number };
}

/** `p90 … ms, fastest … ms`: the spread of a set of CPU samples. */
function spread(samples: readonly number[]): string {
  return `p90 ${percentile(samples, 90).toFixed(2)} ms, fastest ${Math.min(...samples).toFixed(2)} ms`;
}

/** The CPU figures, from a Node process of their own (see cpu-probe.ts). */
function measureCpu(): Figure[] {
  const probe = fileURLToPath(new URL("cpu-probe.ts", import.meta.url));
  const output = execFileSync(process.execPath, ["--import", "tsx", probe], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const cpu = JSON.parse(output) as CpuProbeResult;
  const runs = cpu.withChecks.length;
  const figures: Figure[] = [
    {
      name: "CPU per article, worker's own code, long article (median ms, the thread running it)",
      value: median(cpu.withChecks),
      target: 5,
      comparison: "<=",
      detail: `every quality check (the default); ${spread(cpu.withChecks)}; ${runs} runs, each a fresh variant of the article (V8 in Node 22, a process of its own, zero-latency model)`,
    },
    {
      name: "CPU per article with QA_CHECKS=none, long article (median ms, the thread running it)",
      value: median(cpu.withoutChecks),
      target: 5,
      comparison: "<=",
      detail: `${spread(cpu.withoutChecks)}; the same ${runs} variants: parse, hash, plan, glossary terms, prompts, answers, reassembly`,
    },
  ];
  for (const [name, samples] of cpu.bySet) {
    figures.push({
      name: `CPU per article with QA_CHECKS=${name}, long article (median ms)`,
      value: median(samples),
      detail: `${spread(samples)}; ${samples.length} variants of its own`,
    });
  }
  const { references } = cpu;
  figures.push({
    name: "CPU of the quality checks alone on human translations, 3 languages (median ms)",
    value: median(references.samples),
    detail: `${references.words} words of NTREX news with their professional en, kk and ru translations as the answers; ${spread(references.samples)}; ${references.samples.length} runs`,
  });
  figures.push({
    name: "CPU per article, long article, every thread of the process (median ms)",
    value: median(cpu.withChecksAllThreads),
    detail: `every check, the same runs with V8's background compiler and garbage collector counted; ${spread(cpu.withChecksAllThreads)}`,
  });
  return figures;
}

/**
 * One short request first, as a deployed worker serving traffic is warm: the first request of
 * a fresh isolate also pays for loading the language profiles and opening local KV.
 */
async function warmUp(base: string): Promise<Figure> {
  const article: BenchArticle = {
    name: "warm-up",
    title: "Préchauffage",
    body: "Un court article pour réveiller le worker.",
    format: "text",
  };
  const { wallMs } = await translate(base, article, { "Cache-Control": "no-cache" });
  return {
    name: "First request after start (short article, cold isolate), wall seconds",
    value: wallMs / 1000,
    detail: "not in the figures below, which are measured warm",
  };
}

async function translate(
  base: string,
  article: BenchArticle,
  headers: Record<string, string> = {},
): Promise<{ body: TranslationBody; wallMs: number; startedAt: number }> {
  const startedAt = Date.now();
  const response = await fetch(`${base}/v1/translations`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify({
      article: { title: article.title, body: article.body, format: article.format },
    }),
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`translation failed (${response.status}): ${text.slice(0, 500)}`);
  const body = JSON.parse(text) as TranslationBody;
  return { body, wallMs: Date.now() - startedAt, startedAt };
}

function callsSince(startedAt: number): TimelineCall[] {
  return calls
    .filter((call) => call.endedAt - call.durationMs >= startedAt - 5)
    .map((call) => ({
      label: call.detail,
      startMs: call.endedAt - call.durationMs - startedAt,
      endMs: call.endedAt - startedAt,
    }));
}

/** The lower bound no plan can beat, from the output this run produced. */
function lowerBoundMs(article: BenchArticle, body: TranslationBody): number {
  const document = parseArticle(article);
  const longestSegment = Math.max(
    ...Object.values(body.results).flatMap((result) => result.body.split("\n").map(tokens)),
  );
  const perConnection = body.meta.usage.output_tokens / 6;
  void document;
  return ttftMs + (Math.max(longestSegment, perConnection) / tokensPerSecond) * 1000;
}

async function measurePlans(
  base: string,
  mockUrl: string,
  article: BenchArticle,
  lanes: TimelineLane[],
): Promise<Figure[]> {
  const run = await translate(base, article, { "Cache-Control": "no-cache" });
  lanes.push({
    title: `tilmash plan, ${article.name} article: ${(run.wallMs / 1000).toFixed(1)} s`,
    calls: callsSince(run.startedAt),
  });
  const lowerBound = lowerBoundMs(article, run.body);
  const naive = await runNaivePlan(mockUrl, article, "sequence");
  lanes.push({
    title: `naive plan (in sequence), ${article.name}: ${(naive.wallMs / 1000).toFixed(1)} s`,
    calls: naive.calls,
  });
  const perLanguage = await runNaivePlan(mockUrl, article, "per-language");
  lanes.push({
    title: `one call per language, ${article.name}: ${(perLanguage.wallMs / 1000).toFixed(1)} s`,
    calls: perLanguage.calls,
  });
  const sourceTokens = sourceTokenCount(article);
  const resultTokens = Object.values(run.body.results).reduce(
    (sum, result) =>
      sum + tokens(`${result.title ?? ""}\n${result.body}\n${(result.summary ?? []).join("\n")}`),
    0,
  );
  const usage = run.body.meta.usage;
  return [
    {
      name: `Wall ÷ lower bound, ${article.name} article, tilmash plan`,
      value: run.wallMs / lowerBound,
      target: 1.2,
      comparison: "<=",
      detail: `wall ${(run.wallMs / 1000).toFixed(2)} s, LB ${(lowerBound / 1000).toFixed(2)} s, ${usage.llm_calls} calls`,
    },
    {
      name: `Wall ÷ lower bound, ${article.name} article, one call per language`,
      value: perLanguage.wallMs / lowerBound,
      detail: `wall ${(perLanguage.wallMs / 1000).toFixed(2)} s`,
    },
    {
      name: `Wall ÷ lower bound, ${article.name} article, naive plan`,
      value: naive.wallMs / lowerBound,
      detail: `wall ${(naive.wallMs / 1000).toFixed(2)} s`,
    },
    {
      name: `Input tokens ÷ (source × (targets + 1)), ${article.name} article`,
      value: usage.input_tokens / (sourceTokens * (languages.length + 1)),
      target: 1.35,
      comparison: "<=",
      detail: `${usage.input_tokens} input tokens, source ${sourceTokens}`,
    },
    {
      name: `Output tokens ÷ result tokens, ${article.name} article`,
      value: usage.output_tokens / resultTokens,
      target: 1.1,
      comparison: "<=",
      detail: `${usage.output_tokens} output tokens, results ${resultTokens}`,
    },
  ];
}

function sourceTokenCount(article: BenchArticle): number {
  const document = parseArticle(article);
  return tokens(
    allUnitIds(document)
      .map((unitId) => unitText(document, unitId))
      .join("\n"),
  );
}

/** The plans tilmash does not use, measured against the same mock and latency model. */
async function runNaivePlan(
  mockUrl: string,
  article: BenchArticle,
  shape: "sequence" | "per-language",
) {
  const client = new OpenAI({ apiKey: "mock", baseURL: `${mockUrl}/v1`, maxRetries: 0 });
  const document = parseArticle(article);
  const prompts = readPrompts();
  const glossary = new ArticleGlossary(document, []);
  const unitIds = allUnitIds(document);
  const timeline: TimelineCall[] = [];
  const startedAt = Date.now();
  const call = async (
    label: string,
    messages: Array<{ role: "system" | "user"; content: string }>,
  ) => {
    const start = Date.now() - startedAt;
    await client.chat.completions.create({ model: "mock", messages, max_tokens: 32_000 });
    timeline.push({ label, startMs: start, endMs: Date.now() - startedAt });
  };
  const translateAll = (language: (typeof languages)[number]) =>
    call(
      `${language.code} translate`,
      buildTranslationMessages(
        prompts,
        document,
        singleLanguageJob(language, unitIds),
        "",
      ) as Array<{
        role: "system" | "user";
        content: string;
      }>,
    );
  const summarize = (language: (typeof languages)[number]) =>
    call(
      `${language.code} summary`,
      buildSummaryMessages(
        prompts,
        document,
        { languages: [language], noteIds: [], bullets: 5 },
        { notes: new Map(), glossaryInstructions: glossary.forSummary([language.code]) },
      ) as Array<{ role: "system" | "user"; content: string }>,
    );
  if (shape === "sequence") {
    for (const language of languages) await translateAll(language);
    for (const language of languages) await summarize(language);
  } else {
    await Promise.all(
      languages.map(async (language) => {
        await translateAll(language);
        await summarize(language);
      }),
    );
  }
  return { wallMs: Date.now() - startedAt, calls: timeline };
}

async function measureIncremental(base: string, article: BenchArticle): Promise<Figure> {
  const first = await translate(base, article);
  const second = await translate(base, editOneParagraph(article));
  const total = (body: TranslationBody) =>
    body.meta.usage.input_tokens + body.meta.usage.output_tokens;
  const firstTokens =
    first.body.meta.cache === "hit"
      ? total((await translate(base, article, { "Cache-Control": "no-cache" })).body)
      : total(first.body);
  return {
    name: "Incremental update: tokens of the edited run ÷ the first run, long article",
    value: total(second.body) / firstTokens,
    target: 0.1,
    comparison: "<=",
    detail: `${total(second.body)} ÷ ${firstTokens} tokens; ${second.body.meta.usage.llm_calls} calls; segments hit ${second.body.meta.segments.hit}, missed ${second.body.meta.segments.missed}`,
  };
}

/** DeepL clients give up after 5 s: a typical CMS field (≤ 500 characters, one target, uncached). */
async function measureCmsField(base: string, article: BenchArticle): Promise<Figure> {
  const fields = article.body
    .split("\n\n")
    .filter((paragraph) => paragraph.length > 200 && !paragraph.startsWith("#"))
    .slice(0, 20)
    .map((paragraph) => paragraph.slice(0, 500));
  const walls: number[] = [];
  for (const [index, text] of fields.entries()) {
    const startedAt = Date.now();
    const response = await fetch(`${base}/v2/translate`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: [`${text} (${index})`], target_lang: "KK" }),
    });
    if (!response.ok)
      throw new Error(`DeepL-compatible call failed: ${response.status} ${await response.text()}`);
    await response.json();
    walls.push(Date.now() - startedAt);
  }
  return {
    name: "DeepL-compatible CMS field (≤ 500 characters to KK, uncached), p95 seconds",
    value: percentile(walls, 95) / 1000,
    target: 5,
    comparison: "<=",
    detail: `median ${(median(walls) / 1000).toFixed(2)} s over ${walls.length} fields`,
  };
}

async function measureCacheHits(base: string, article: BenchArticle): Promise<Figure[]> {
  const hit = await translate(base, article);
  const payload = JSON.stringify({
    article: { title: article.title, body: article.body, format: article.format },
  });
  const bare = await unstable_dev("bench/bare-kv-worker.ts", {
    ip: "127.0.0.1",
    compatibilityDate: "2026-11-01",
    kv: [{ binding: "TRANSLATIONS", id: "bench" }],
    persistTo: mkdtempSync(join(tmpdir(), "tilmash-bench-bare-")),
    logLevel: "warn",
    experimental: { disableExperimentalWarning: true, watch: false, disableDevRegistry: true },
  });
  try {
    const bareBase = `http://127.0.0.1:${bare.port}`;
    await fetch(bareBase, { method: "PUT", body: JSON.stringify(hit.body) });
    const { hitRuns, bareRuns } = await alternateLoads(
      { url: `${base}/v1/translations`, method: "POST", headers: jsonHeaders, body: payload },
      { url: bareBase, method: "GET" },
    );
    const medianOf = (runs: LoadRun[], pick: (run: LoadRun) => number) => median(runs.map(pick));
    const latency = (rank: number) => (run: LoadRun) => percentile(run.latenciesMs, rank);
    const hitP50 = medianOf(hitRuns, latency(50));
    const bareP50 = medianOf(bareRuns, latency(50));
    const hitP99 = medianOf(hitRuns, latency(99));
    const bareP99 = medianOf(bareRuns, latency(99));
    const hitRate = medianOf(hitRuns, (run) => run.result.requests.average);
    const bareRate = medianOf(bareRuns, (run) => run.result.requests.average);
    const rounds = `medians of ${hitRuns.length} alternating rounds each`;
    return [
      {
        name: "Cache hit ÷ bare KV read, median latency",
        value: hitP50 / Math.max(0.01, bareP50),
        target: 1.3,
        comparison: "<=",
        detail: `${hitP50.toFixed(2)} ms vs ${bareP50.toFixed(2)} ms; ${rounds}`,
      },
      {
        name: "Cache hit ÷ bare KV read, p99 latency",
        value: hitP99 / Math.max(0.01, bareP99),
        target: 1.3,
        comparison: "<=",
        detail: `${hitP99.toFixed(2)} ms vs ${bareP99.toFixed(2)} ms; ${rounds}`,
      },
      {
        name: "Cache hit ÷ bare KV read, requests per second",
        value: hitRate / bareRate,
        detail: `${hitRate.toFixed(0)} vs ${bareRate.toFixed(0)} req/s (higher is better)`,
      },
    ];
  } finally {
    await bare.stop();
  }
}

const jsonHeaders = { "content-type": "application/json" };

/**
 * Both routes under the same load in alternating rounds (hit, bare, then bare, hit…), after
 * one warm-up round each, so that a slow spell of a shared machine falls on both sides.
 */
async function alternateLoads(
  hitOptions: autocannon.Options,
  bareOptions: autocannon.Options,
): Promise<{ hitRuns: LoadRun[]; bareRuns: LoadRun[] }> {
  const rounds = Number(process.env.BENCH_LOAD_ROUNDS ?? 4);
  const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 2);
  await load({ ...hitOptions, duration: 1 });
  await load({ ...bareOptions, duration: 1 });
  const hitRuns: LoadRun[] = [];
  const bareRuns: LoadRun[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const hitFirst = round % 2 === 0;
    if (hitFirst) hitRuns.push(await load({ ...hitOptions, duration: seconds }));
    bareRuns.push(await load({ ...bareOptions, duration: seconds }));
    if (!hitFirst) hitRuns.push(await load({ ...hitOptions, duration: seconds }));
  }
  return { hitRuns, bareRuns };
}

/** One load run, with every successful response's latency as measured (autocannon's own percentiles are whole milliseconds). */
interface LoadRun {
  readonly result: autocannon.Result;
  readonly latenciesMs: number[];
}

function load(options: autocannon.Options): Promise<LoadRun> {
  return new Promise((resolve, reject) => {
    const latenciesMs: number[] = [];
    const tracker = autocannon({ connections: 4, ...options }, (error, result) => {
      if (error) reject(error);
      else resolve({ result, latenciesMs });
    });
    tracker.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latenciesMs.push(responseTime);
    });
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
