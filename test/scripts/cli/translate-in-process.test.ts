import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StartedMockLlm, startMockLlmServer } from "../../../mock-llm/index";
import { copySeedArticle, seedTitle, workDirectory } from "./support/article-fixtures";
import { runTilmash } from "./support/run-tilmash";

/** `npx tilmash translate` in process (no server), against the mock LLM: the real bin, end to end. */
let mock: StartedMockLlm;
let directory: string;
let providers: Record<string, string>;

beforeAll(async () => {
  mock = await startMockLlmServer();
  directory = await workDirectory();
  providers = {
    OPENAI_BASE_URL: `${mock.url}/v1`,
    OPENAI_API_KEY: "mock",
    LLM_RETRY_BASE_DELAY_MS: "1",
  };
});
afterAll(() => mock.close());

const bulletLines = (text: string) => text.trimEnd().split("\n");

describe("tilmash translate, in process", { timeout: 30_000 }, () => {
  it("writes the seed article's translations and summaries next to it", async () => {
    await copySeedArticle(directory);
    const run = await runTilmash(["translate", "article.txt", "--title", seedTitle], {
      cwd: directory,
      environment: providers,
    });
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.code).toBe(0);
    for (const [code, tag] of [
      ["en", "[ENG]"],
      ["kk", "[KAZ]"],
      ["ru", "[RUS]"],
    ] as const) {
      expect(run.stdout).toContain(`${code}  article.${code}.txt  article.${code}.summary.md`);
      expect(run.stderr).toMatch(new RegExp(`^tilmash: ${code} done, \\d+ segments$`, "m"));
      const translation = await readFile(join(directory, `article.${code}.txt`), "utf8");
      const [title, ...paragraphs] = translation.trimEnd().split("\n\n");
      expect(title?.startsWith(tag)).toBe(true);
      expect(paragraphs.length).toBeGreaterThan(10);
      expect(paragraphs.every((paragraph) => paragraph.startsWith(tag))).toBe(true);
      const summary = await readFile(join(directory, `article.${code}.summary.md`), "utf8");
      expect(bulletLines(summary)).toHaveLength(5);
      expect(bulletLines(summary).every((line) => line.startsWith(`- ${tag}`))).toBe(true);
    }
    expect(await readFile(join(directory, "article.kk.txt"), "utf8")).toMatch(/[әғқңөұүһі]/);
    expect(run.stdout).toMatch(/^openai gpt-5\.4-mini · cache miss · \d+ model calls/m);
  });

  it("--json: Markdown detected from the extension, --out-dir, --bullets, the report's shape", async () => {
    const article =
      "## Énergie\n\nEDF et [Orano](https://www.orano.group/fr) suivent l’uranium du pays.\n";
    await writeFile(join(directory, "note.md"), article);
    const args = [
      "translate",
      "note.md",
      "--to",
      "en,ru",
      "--bullets",
      "2",
      "--out-dir",
      "out",
      "--json",
      "--quiet",
    ];
    const run = await runTilmash(args, { cwd: directory, environment: providers });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      input: join(directory, "note.md"),
      format: "markdown",
      via: "in-process",
      files: {
        en: {
          translation: join(directory, "out/note.en.md"),
          summary: join(directory, "out/note.en.summary.md"),
        },
        ru: {
          translation: join(directory, "out/note.ru.md"),
          summary: join(directory, "out/note.ru.summary.md"),
        },
      },
      response: {
        id: expect.stringMatching(/^tr_/),
        source_lang: "fr",
        meta: { provider: "openai", cache: "miss" },
      },
    });
    expect(Object.keys(report.response.results)).toEqual(["en", "ru"]);
    expect(report.response.results.en.summary).toHaveLength(2);
    expect(report.response.meta.usage.llm_calls).toBeGreaterThan(0);
    const english = await readFile(join(directory, "out/note.en.md"), "utf8");
    expect(english).toMatch(/^## \[ENG\] /);
    expect(english).toContain("](https://www.orano.group/fr)");
  });

  it("exits 2 when the input file is missing, with a JSON error under --json", async () => {
    const run = await runTilmash(["translate", "missing.md", "--json"], {
      cwd: directory,
      environment: providers,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("cannot read");
    expect(JSON.parse(run.stdout)).toEqual({
      error: {
        code: "input_file",
        message: expect.stringContaining("missing.md (ENOENT)"),
        exit_code: 2,
      },
    });
  });

  it("exits 3 when no provider is configured, naming the variables to set", async () => {
    await mkdir(join(directory, "bare"), { recursive: true });
    await copySeedArticle(join(directory, "bare"));
    const run = await runTilmash(["translate", "article.txt", "--to", "en"], {
      cwd: join(directory, "bare"),
    });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("OPENAI_API_KEY");
  });
});
