import { readFile } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Unstable_DevWorker, unstable_dev } from "wrangler";
import { runCli } from "../../../cli/run-cli";
import { type StartedMockLlm, startMockLlmServer } from "../../../mock-llm/index";
import { copySeedArticle, repositoryRoot, workDirectory } from "./support/article-fixtures";
import { captureIo } from "./support/capture-io";

/** `tilmash translate --server`: the real worker (wrangler dev, in workerd) in front of the mock LLM. */
const apiKey = "k-cli-test";
let mock: StartedMockLlm;
let worker: Unstable_DevWorker;
let server: string;
let directory: string;

beforeAll(async () => {
  process.env.CLOUDFLARE_CF_FETCH_ENABLED = "false";
  process.env.WRANGLER_SEND_METRICS = "false";
  mock = await startMockLlmServer();
  worker = await unstable_dev(join(repositoryRoot, "src/index.ts"), {
    config: join(repositoryRoot, "wrangler.toml"),
    ip: "127.0.0.1",
    port: 0,
    persist: false,
    logLevel: "none",
    envFiles: [],
    vars: {
      OPENAI_BASE_URL: `${mock.url}/v1`,
      OPENAI_API_KEY: "mock",
      LLM_PROVIDERS: "openai",
      API_KEYS: apiKey,
    },
    experimental: { disableExperimentalWarning: true },
  });
  server = `http://127.0.0.1:${worker.port}`;
  directory = await workDirectory();
}, 60_000);

afterAll(async () => {
  await worker?.stop();
  await mock?.close();
});

async function translate(
  args: readonly string[],
  environment: Record<string, string> = { TILMASH_API_KEY: apiKey },
) {
  const captured = captureIo(directory, environment);
  const code = await runCli(["translate", ...args, "--server", server], captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

describe("tilmash translate --server", { timeout: 30_000 }, () => {
  it("streams the seed article's progress and writes every file", async () => {
    await copySeedArticle(directory);
    const run = await translate(["article.txt"]);
    expect(run.code).toBe(0);
    for (const code of ["en", "kk", "ru"]) {
      expect(run.stderr).toMatch(new RegExp(`^tilmash: ${code} done, \\d+ segments$`, "m"));
      expect(run.stdout).toContain(`${code}  article.${code}.txt  article.${code}.summary.md`);
      const summary = await readFile(join(directory, `article.${code}.summary.md`), "utf8");
      expect(summary.trimEnd().split("\n")).toHaveLength(5);
    }
    expect(await readFile(join(directory, "article.ru.txt"), "utf8")).toMatch(/^\[RUS\] Казахстан/);
  });

  it("--json without summaries; a repeated request comes from the server's cache", async () => {
    const args = ["article.txt", "--to", "kk", "--no-summary", "--json"];
    const first = await translate(args);
    expect(first.code).toBe(0);
    const report = JSON.parse(first.stdout);
    expect(report).toMatchObject({ via: server, format: "text", files: { kk: { summary: null } } });
    expect(report.response.results.kk.summary).toBeNull();
    const second = await translate(args);
    expect(JSON.parse(second.stdout).response.meta.cache).toBe("hit");
    expect(second.stderr).toContain("tilmash: kk done, from the cache");
  });

  it("exits 4 when the server refuses the key", async () => {
    const run = await translate(["article.txt", "--json"], { TILMASH_API_KEY: "wrong" });
    expect(run.code).toBe(4);
    expect(JSON.parse(run.stdout).error).toMatchObject({ code: "unauthorized", exit_code: 4 });
  });

  it("exits 3 when the server cannot be reached", async () => {
    const closedPort = await freePort();
    const captured = captureIo(directory);
    const args = ["translate", "article.txt", "--server", `http://127.0.0.1:${closedPort}`];
    expect(await runCli(args, captured.io)).toBe(3);
    expect(captured.stderr()).toMatch(/cannot reach http:\/\/127\.0\.0\.1:\d+: .*ECONNREFUSED/);
  });
});

/** A port nothing listens on: bound, then released. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}
