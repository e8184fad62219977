import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";

/** The repository's root, from this file (test/scripts/cli/support). */
export const repositoryRoot = fileURLToPath(new URL("../../../../", import.meta.url));

/** The seed article, in the shared samples next to the repository. */
export const seedArticlePath = join(repositoryRoot, "../shared/samples/kazakhstan-ue-france.txt");
export const seedTitle =
  "Kazakhstan – Union européenne – France : une alliance qui monte en puissance";

/** A fresh directory for one test file, removed after it. */
export async function workDirectory(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), "tilmash-cli-"));
  afterAll(() => rm(directory, { recursive: true, force: true }));
  return directory;
}

/** The seed article copied as `name` into `directory`; returns its path. */
export async function copySeedArticle(directory: string, name = "article.txt"): Promise<string> {
  const path = join(directory, name);
  await copyFile(seedArticlePath, path);
  return path;
}
