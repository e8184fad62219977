import type {
  GenerateRequest,
  GenerateResult,
  LanguageModel,
} from "../../src/core/model/language-model";

/** Answers like a translator that prefixes each segment with the language code. */
export function answerInFormat(request: GenerateRequest): string {
  const user = request.messages.at(-1)?.content ?? "";
  const code = /Target language code: (\S+)/.exec(user)?.[1] ?? "xx";
  const bullets = Number(/Summary bullets: (\d+)/.exec(user)?.[1] ?? 0);
  const task = /Task: (.+)/.exec(user)?.[1] ?? "";
  const lines = (/<article>\n([\s\S]*)\n<\/article>/.exec(user)?.[1] ?? "").split("\n");
  const segments = task === "summarize" ? [] : lines.map((line) => line.replace(/^(\[\[\w+\]\]) /, `$1 ${code}: `));
  const summary = bullets > 0 ? ["[[summary]]", ...Array.from({ length: bullets }, (_v, i) => `- ${code} point ${i + 1}`)] : [];
  return [...segments, ...summary, "[[end]]"].join("\n");
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
