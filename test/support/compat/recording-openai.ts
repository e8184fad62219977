import { delay, HttpResponse, http } from "msw";
import { composeTranslationAnswer } from "../../../mock-llm/compose-translation-answer";
import { parseWorkerPrompt } from "../../../mock-llm/parse-worker-prompt";
import { pseudoTranslate } from "../../../mock-llm/pseudo-translate";
import { openAiCompletion, openAiUrl } from "../provider-responses";

/** What one OpenAI call carried: the model asked for and the user message (the segments). */
export interface OpenAiCall {
  readonly model: string;
  readonly user: string;
}

interface ChatBody {
  readonly model: string;
  readonly messages: ReadonlyArray<{ role: string; content: string }>;
}

/** The `[[n]] text` lines of a call's article, as the model saw them. */
export function segmentLines(call: OpenAiCall): string[] {
  return (/<article>\n([\s\S]*)\n<\/article>/.exec(call.user)?.[1] ?? "").split("\n");
}

/**
 * Answers a translation call as the mock LLM server does: each segment pseudo-translated
 * (`[RUS] …` in Cyrillic, `[ENG] …` in "Franglais") in each language asked, ⟦n⟧ tokens kept,
 * so the core's quality checks pass on the first call.
 */
function answerTranslation(call: OpenAiCall): string {
  const prompt = parseWorkerPrompt(call.user);
  return prompt?.kind === "translation" ? composeTranslationAnswer(prompt) : "[[end]]";
}

/**
 * OpenAI answering like a translator, in the real `chat.completion` shape, recording every
 * call; `delayMs` makes it slow.
 */
export function recordingOpenAi(calls: OpenAiCall[], options: { readonly delayMs?: number } = {}) {
  return http.post(openAiUrl, async ({ request }) => {
    const body = (await request.json()) as ChatBody;
    const call = { model: body.model, user: body.messages.at(-1)?.content ?? "" };
    calls.push(call);
    if (options.delayMs) await delay(options.delayMs);
    return HttpResponse.json(openAiCompletion(body.model, answerTranslation(call)));
  });
}

/** The translation `recordingOpenAi` gives each line of a plain text, lines kept. */
export function expectedTranslation(text: string, code: string): string {
  return text
    .split("\n")
    .map((line) => (/\p{L}/u.test(line) ? pseudoTranslate(line, code) : line))
    .join("\n");
}
