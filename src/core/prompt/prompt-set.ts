import { sha256Hex } from "../hash/sha256-hex";

/** The prompt templates, as files bundled into the worker (`prompts/*.md`). */
export interface PromptSet {
  readonly translateSystem: string;
  readonly translateUser: string;
  readonly summarySystem: string;
  readonly summaryUser: string;
}

/** The prompt version is the content hash of every template: editing one invalidates the cache. */
export async function computePromptVersion(prompts: PromptSet): Promise<string> {
  const joined = [
    prompts.translateSystem,
    prompts.translateUser,
    prompts.summarySystem,
    prompts.summaryUser,
  ].join("\u0000");
  return (await sha256Hex(joined)).slice(0, 12);
}
