import { pseudoTranslate } from "./pseudo-translate";
import type { TranslationPrompt } from "./worker-prompt";

/** One `[[id]] [XX] text` line per segment, in prompt order, then `[[end]]`. */
export function composeTranslationAnswer(prompt: TranslationPrompt): string {
  const lines = prompt.segments.map(
    (segment) => `[[${segment.id}]] ${pseudoTranslate(segment.text, prompt.targetCode)}`,
  );
  return [...lines, "[[end]]"].join("\n");
}
