import { deriveSummaryBullets } from "./derive-summary-bullets";
import { languageTag, rewriteWords, stripLanguageTag } from "./pseudo-translate";
import type { SummaryPrompt, TranslationPrompt, WorkerPrompt } from "./worker-prompt";

/**
 * Chatty prose without markers, bullets or `[[end]]`, as a model that ignored the format
 * would write: the translated text run together, or the summary as one paragraph.
 */
export function composeMalformedAnswer(prompt: WorkerPrompt): string {
  const [intro, prose] =
    prompt.kind === "translation" ? translationProse(prompt) : summaryProse(prompt);
  return [intro, "", prose, "", "Let me know if you need anything else."].join("\n");
}

function translationProse(prompt: TranslationPrompt): [string, string] {
  const code = prompt.targetCodes[0] ?? "en";
  const prose = prompt.segments.map((segment) => rewriteWords(segment.text, code)).join(" ");
  return [`Sure! Here is the translation ${languageTag(code)}:`, prose];
}

function summaryProse(prompt: SummaryPrompt): [string, string] {
  const sentences = deriveSummaryBullets(prompt.segments, Math.max(1, prompt.bullets), "en");
  return ["Sure! Here is a summary of the article:", sentences.map(stripLanguageTag).join(" ")];
}
