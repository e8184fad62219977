import type {
  GenerateRequest,
  GenerateResult,
  LanguageModel,
} from "../../src/core/model/language-model";

function articleLines(user: string): string[] {
  return (/<article>\n([\s\S]*)\n<\/article>/.exec(user)?.[1] ?? "").split("\n");
}

/** Answers a translation call like a translator that prefixes each segment with the language. */
function answerTranslation(user: string): string {
  const code = /^Language: (\S+)/m.exec(user)?.[1] ?? "xx";
  const lines = articleLines(user).map((line) => line.replace(/^(\[\[\w+\]\]) /, `$1 ${code}: `));
  return [...lines, "[[end]]"].join("\n");
}

/** Answers a summary call: a note per id asked for, then the bullets of each language. */
function answerSummary(user: string): string {
  const noteIds = (/^Notes: (.*)$/m.exec(user)?.[1] ?? "none").split(", ").filter((id) => id !== "none");
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
