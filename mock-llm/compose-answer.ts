import { composeMalformedAnswer } from "./compose-malformed-answer";
import { composeSummaryAnswer } from "./compose-summary-answer";
import { composeTranslationAnswer } from "./compose-translation-answer";
import type { WorkerPrompt } from "./worker-prompt";

/** `malformed` is the fault that answers in prose, ignoring the segment format. */
export type AnswerStyle = "well-formed" | "malformed";

/**
 * The full answer text, before any token limit: the format the prompts ask for when the
 * last user message is a translation or summary prompt (`prompt`), a marked echo otherwise.
 */
export function composeAnswer(
  userText: string,
  prompt: WorkerPrompt | undefined,
  style: AnswerStyle,
): string {
  if (!prompt) {
    return style === "malformed"
      ? "I am sorry, but I cannot help with that request."
      : `[MOCK] ${userText}`;
  }
  if (style === "malformed") return composeMalformedAnswer(prompt);
  return prompt.kind === "translation"
    ? composeTranslationAnswer(prompt)
    : composeSummaryAnswer(prompt);
}
