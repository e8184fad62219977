import defaultGlossaryFile from "../../glossaries/default.json";
import { composeTranslationAnswer } from "../../mock-llm/compose-translation-answer";
import { parseWorkerPrompt } from "../../mock-llm/parse-worker-prompt";
import { pseudoTranslate } from "../../mock-llm/pseudo-translate";
import { readGlossaryLines } from "../../mock-llm/read-glossary-lines";
import type { GlossaryEntry } from "../../src/core/glossary/glossary-schema";
import { renderGlossaryInstructions } from "../../src/core/glossary/render-glossary-instructions";
import type {
  GenerateRequest,
  GenerateResult,
  LanguageModel,
} from "../../src/core/model/language-model";

/**
 * The built-in glossary's entries, read from its file: loading the core's zod schemas here,
 * before the app's schemas extend zod for OpenAPI, would leave those without `.openapi`.
 */
const defaultGlossaryEntries: readonly GlossaryEntry[] = defaultGlossaryFile.entries.map(
  (entry) => ({ targets: {}, ...entry }),
);

/**
 * What the fakes answer for one segment: the bundled mock's visible pseudo-translation, with
 * the forms of the glossary the worker sent (by default, the built-in one every request gets).
 */
export function fakeTranslation(
  text: string,
  code: string,
  glossary: readonly GlossaryEntry[] = defaultGlossaryEntries,
): string {
  const rules = readGlossaryLines(renderGlossaryInstructions(glossary, code), [code]);
  return pseudoTranslate(text, code, rules);
}

/** Answers a translation call with the mock's pseudo-translation of each segment. */
function answerTranslation(user: string): string {
  const prompt = parseWorkerPrompt(user);
  return prompt?.kind === "translation" ? composeTranslationAnswer(prompt) : "[[end]]";
}

/** Answers a summary call: a note per id asked for, then the bullets of each language. */
function answerSummary(user: string): string {
  const noteIds = (/^Notes: (.*)$/m.exec(user)?.[1] ?? "none")
    .split(", ")
    .filter((id) => id !== "none");
  const codes = (/^Summaries: (.*)$/m.exec(user)?.[1] ?? "").split(", ").filter(Boolean);
  const bullets = Number(/^Bullets: (\d+)/m.exec(user)?.[1] ?? 0);
  const notes = noteIds.map((id) => `[[${id}]] note ${id}`);
  const summaries = codes.flatMap((code) => [
    `[[summary ${code}]]`,
    ...Array.from({ length: bullets }, (_value, index) => `- ${code} point ${index + 1}`),
  ]);
  return [...notes, ...summaries, "[[end]]"].join("\n");
}

export function answerInFormat(request: GenerateRequest): string {
  const user = request.messages.at(-1)?.content ?? "";
  return /^Summaries: /m.test(user) ? answerSummary(user) : answerTranslation(user);
}

export type FakeBehaviour = (request: GenerateRequest, call: number) => GenerateResult | Error;

export class FakeLanguageModel implements LanguageModel {
  readonly requests: GenerateRequest[] = [];

  constructor(
    readonly provider = "fake",
    readonly modelId = "fake-1",
    private readonly behaviour: FakeBehaviour = (request) => this.answer(answerInFormat(request)),
  ) {}

  async generate(request: GenerateRequest): Promise<GenerateResult> {
    this.requests.push(request);
    const outcome = this.behaviour(request, this.requests.length);
    if (outcome instanceof Error) throw outcome;
    return outcome;
  }

  answer(text: string, finishReason: GenerateResult["finishReason"] = "stop"): GenerateResult {
    return {
      text,
      finishReason,
      usage: { inputTokens: 100, outputTokens: 50 },
      provider: this.provider,
      modelId: this.modelId,
    };
  }
}

export function isSummaryCall(request: GenerateRequest): boolean {
  return /^Summaries: /m.test(request.messages.at(-1)?.content ?? "");
}
