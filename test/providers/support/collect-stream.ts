import type {
  GenerateRequest,
  GenerateResult,
  LanguageModel,
} from "../../../src/core/model/language-model";

export interface CollectedStream {
  readonly deltas: readonly string[];
  readonly finishes: readonly GenerateResult[];
}

/** Streams one request to the end, collecting its text deltas and finish results. */
export async function collectStream(
  model: LanguageModel,
  request: GenerateRequest,
): Promise<CollectedStream> {
  if (!model.stream) {
    throw new Error(`${model.provider} does not stream`);
  }
  const deltas: string[] = [];
  const finishes: GenerateResult[] = [];
  for await (const part of model.stream(request)) {
    if (part.type === "text-delta") {
      deltas.push(part.text);
    } else {
      finishes.push(part.result);
    }
  }
  return { deltas, finishes };
}
