import { mkdir, writeFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { TranslationResponse } from "../src/http/schemas/translation-response-schema";
import type { ArticleFormat } from "./article-format";
import { CliError } from "./cli-error";
import { exitCodes } from "./exit-codes";
import { renderTranslatedArticle } from "./render-translated-article";

/** The files written for one language; `summary` is null when no summary was asked. */
export interface LanguageFiles {
  readonly translation: string;
  readonly summary: string | null;
}

/** `article.md` gives `article.en.md` and `article.en.summary.md` in the output directory. */
export function languageFilePaths(input: string, outDir: string, language: string) {
  const extension = extname(input);
  const stem = basename(input, extension);
  return {
    translation: join(outDir, `${stem}.${language}${extension}`),
    summary: join(outDir, `${stem}.${language}.summary.md`),
  };
}

/** Writes each language's translation and summary; returns the paths, by language. */
export async function writeLanguageFiles(
  response: TranslationResponse,
  target: { readonly input: string; readonly outDir: string; readonly format: ArticleFormat },
): Promise<Record<string, LanguageFiles>> {
  await createDirectory(target.outDir);
  const written: Record<string, LanguageFiles> = {};
  for (const [language, result] of Object.entries(response.results)) {
    const paths = languageFilePaths(target.input, target.outDir, language);
    await writeText(paths.translation, renderTranslatedArticle(result, target.format));
    const summary = result.summary === null ? null : paths.summary;
    if (summary !== null) await writeText(summary, bulletList(result.summary ?? []));
    written[language] = { translation: paths.translation, summary };
  }
  return written;
}

function bulletList(bullets: readonly string[]): string {
  return bullets.map((bullet) => `- ${bullet}\n`).join("");
}

async function createDirectory(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    throw outputError(path, error);
  }
}

async function writeText(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text, "utf8");
  } catch (error) {
    throw outputError(path, error);
  }
}

function outputError(path: string, error: unknown): CliError {
  const reason = error instanceof Error && "code" in error ? String(error.code) : "unwritable";
  return new CliError(exitCodes.file, "output_file", `cannot write ${path} (${reason})`);
}
