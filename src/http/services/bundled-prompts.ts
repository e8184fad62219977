import summarySystem from "../../../prompts/summary-system.md";
import summaryUser from "../../../prompts/summary-user.md";
import translateSystem from "../../../prompts/translate-system.md";
import translateUser from "../../../prompts/translate-user.md";
import { computePromptVersion, type PromptSet } from "../../core/prompt/prompt-set";

/** The prompt files, bundled into the worker as text. */
export const bundledPrompts: PromptSet = {
  translateSystem,
  translateUser,
  summarySystem,
  summaryUser,
};

let promptVersion: Promise<string> | undefined;

/** Computed once per isolate. */
export function bundledPromptVersion(): Promise<string> {
  promptVersion ??= computePromptVersion(bundledPrompts);
  return promptVersion;
}
