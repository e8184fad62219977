import { pseudoTranslate } from "./pseudo-translate";
import type { TranslationPrompt } from "./worker-prompt";

/**
 * Language by language, in the prompt's order: one `[[id xx]] [XX] text` line per segment
 * wanted in that language, in prompt order, with the glossary's forms; then `[[end]]`.
 */
export function composeTranslationAnswer(prompt: TranslationPrompt): string {
  const lines = prompt.targetCodes.flatMap((code) =>
    prompt.segments
      .filter((segment) => segment.languageCodes.includes(code))
      .map(
        (segment) =>
          `[[${segment.id} ${code}]] ${pseudoTranslate(segment.text, code, prompt.glossary)}`,
      ),
  );
  return [...lines, "[[end]]"].join("\n");
}
