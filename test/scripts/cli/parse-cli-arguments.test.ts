import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { chooseArticleFormat } from "../../../cli/article-format";
import { languageFilePaths } from "../../../cli/output-files";
import { optionDefinitions, parseCliArguments } from "../../../cli/parse-cli-arguments";
import { runCli } from "../../../cli/run-cli";
import { usageText } from "../../../cli/usage-text";
import { captureIo } from "./support/capture-io";

describe("tilmash arguments", () => {
  it("defaults to en, kk and ru with 5-bullet summaries", () => {
    const command = parseCliArguments(["translate", "article.md"]);
    expect(command).toMatchObject({
      kind: "translate",
      options: {
        file: "article.md",
        to: ["en", "kk", "ru"],
        bullets: 5,
        "no-summary": false,
        json: false,
      },
    });
  });

  it("reads every option", () => {
    const args = [
      "translate",
      "a.txt",
      "--to",
      "ru, kk-Latn",
      "--format",
      "markdown",
      "--title",
      "Titre",
    ];
    const more = [
      "--bullets",
      "3",
      "--server",
      "http://127.0.0.1:8787",
      "--provider",
      "openai",
      "--model",
      "m-1",
    ];
    const flags = ["--out-dir", "out", "--no-cache", "--no-summary", "--json", "--quiet"];
    const command = parseCliArguments([...args, ...more, ...flags]);
    expect(command).toEqual({
      kind: "translate",
      options: {
        file: "a.txt",
        to: ["ru", "kk-Latn"],
        format: "markdown",
        title: "Titre",
        bullets: 3,
        server: "http://127.0.0.1:8787",
        provider: "openai",
        model: "m-1",
        "out-dir": "out",
        "no-cache": true,
        "no-summary": true,
        json: true,
        quiet: true,
      },
    });
  });

  it("detects the format from the extension unless --format says otherwise", () => {
    expect(chooseArticleFormat(undefined, "/a/article.md")).toBe("markdown");
    expect(chooseArticleFormat(undefined, "/a/article.MARKDOWN")).toBe("markdown");
    expect(chooseArticleFormat(undefined, "/a/article.txt")).toBe("text");
    expect(chooseArticleFormat(undefined, "/a/article")).toBe("text");
    expect(chooseArticleFormat("text", "/a/article.md")).toBe("text");
    expect(() => chooseArticleFormat("pdf", "/a/article.pdf")).toThrow(
      /format pdf is not supported/,
    );
  });

  it("names the outputs after the input, with its extension", () => {
    expect(languageFilePaths("/in/article.md", "/out", "kk")).toEqual({
      translation: "/out/article.kk.md",
      summary: "/out/article.kk.summary.md",
    });
    expect(languageFilePaths("/in/notes", "/out", "en").translation).toBe("/out/notes.en");
  });

  it("lists every option and exit code in --help", async () => {
    for (const name of Object.keys(optionDefinitions)) expect(usageText).toContain(`--${name}`);
    for (const code of [0, 1, 2, 3, 4]) expect(usageText).toMatch(new RegExp(`^  ${code}  `, "m"));
    const { io, stdout } = captureIo(tmpdir());
    expect(await runCli(["--help"], io)).toBe(0);
    expect(stdout()).toBe(usageText);
  });

  it.each([
    [[], /unknown command: \(none\)/],
    [["frobnicate", "a.txt"], /unknown command: frobnicate/],
    [["translate"], /the article file is missing/],
    [["translate", "a.txt", "b.txt"], /unexpected argument: b.txt/],
    [["translate", "a.txt", "--bogus"], /Unknown option '--bogus'/],
    [["translate", "a.txt", "--to", "english"], /--to: expected codes such as en,kk,ru/],
    [["translate", "a.txt", "--bullets", "11"], /--bullets: Too big/],
    [["translate", "a.txt", "--server", "ftp://example"], /--server: expected an http\(s\) URL/],
    [["translate", "a.txt", "--format", "pdf"], /format pdf is not supported/],
  ])("exits 1 on a usage error: %j", async (args, message) => {
    const { io, stderr, stdout } = captureIo(tmpdir());
    expect(await runCli([...args], io)).toBe(1);
    expect(stderr()).toMatch(message);
    expect(stdout()).toBe("");
  });

  it("reports a usage error as JSON on stdout with --json", async () => {
    const { io, stdout } = captureIo(tmpdir());
    expect(await runCli(["translate", "--json"], io)).toBe(1);
    expect(JSON.parse(stdout())).toEqual({
      error: { code: "usage", message: expect.stringContaining("missing"), exit_code: 1 },
    });
  });
});
