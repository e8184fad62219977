import { deriveSummaryBullets } from "./derive-summary-bullets";
import type { TranslationPrompt } from "./parse-translation-prompt";
import { languageTag, pseudoTranslate, rewriteWords } from "./pseudo-translate";

/** `malformed` is the fault that answers in prose, ignoring the segment format. */
export type AnswerStyle = "well-formed" | "malformed";

/**
 * The full answer text, before any token limit: the format the prompts ask for when the
 * last user message is a translation prompt (`prompt`), a marked echo of it otherwise.
 */
export function composeAnswer(
  userText: string,
  prompt: TranslationPrompt | undefined,
  style: AnswerStyle,
): string {
  if (!prompt) {
    return style === "malformed"
      ? "I am sorry, but I cannot help with that request."
      : `[MOCK] ${userText}`;
  }
  return style === "malformed" ? composeMalformedAnswer(prompt) : composeTranslationAnswer(prompt);
}

/**
 * One `[[id]] [XX] text` line per segment in prompt order, then `[[summary]]` and exactly
 * N `- [XX] bullet` lines (when asked for), then `[[end]]`.
 */
export function composeTranslationAnswer(prompt: TranslationPrompt): string {
  const lines: string[] = [];
  if (prompt.task !== "summarize") {
    for (const segment of prompt.segments) {
      lines.push(`[[${segment.id}]] ${pseudoTranslate(segment.text, prompt.targetCode)}`);
    }
  }
  if (prompt.task !== "translate" && prompt.summaryBullets > 0) {
    lines.push("[[summary]]");
    const bullets = deriveSummaryBullets(prompt.segments, prompt.summaryBullets, prompt.targetCode);
    for (const bullet of bullets) lines.push(`- ${bullet}`);
  }
  lines.push("[[end]]");
  return lines.join("\n");
}

/** Chatty prose without markers or `[[end]]`, as a model that ignored the format would write. */
function composeMalformedAnswer(prompt: TranslationPrompt): string {
  const prose = prompt.segments
    .map((segment) => rewriteWords(segment.text, prompt.targetCode))
    .join(" ");
  return [
    `Sure! Here is the translation ${languageTag(prompt.targetCode)}:`,
    "",
    prose,
    "",
    "Let me know if you need anything else.",
  ].join("\n");
}
