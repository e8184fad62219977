import { readFileSync } from "node:fs";
import type { PromptSet } from "../src/core/prompt/prompt-set";

/** The prompt files, read from disk (the worker bundles the same files). */
export function readPrompts(): PromptSet {
  const read = (name: string) =>
    readFileSync(new URL(`../prompts/${name}`, import.meta.url), "utf8");
  return {
    translateSystem: read("translate-system.md"),
    translateUser: read("translate-user.md"),
    summarySystem: read("summary-system.md"),
    summaryUser: read("summary-user.md"),
  };
}
