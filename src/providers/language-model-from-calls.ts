import type {
  GenerateRequest,
  GenerateResult,
  LanguageModel,
  StreamPart,
} from "../core/model/language-model";

type Generate = (request: GenerateRequest) => Promise<GenerateResult>;
type Stream = (request: GenerateRequest) => AsyncIterable<StreamPart>;

/**
 * A `LanguageModel` from a vendor's two calls. A caller that listens to the text as it arrives
 * (`createTextListener`) gets the streaming call, each delta going to a listener made for that
 * attempt, and the final result as a plain `generate` would return it, so retries, fallbacks
 * and validation work unchanged.
 */
export function languageModelFromCalls(
  identity: { readonly provider: string; readonly modelId: string },
  generate: Generate,
  stream: Stream,
): LanguageModel {
  return {
    ...identity,
    stream,
    generate: (request) => {
      const listen = request.createTextListener?.();
      return listen ? generateThroughStream(request, stream, listen) : generate(request);
    },
  };
}

async function generateThroughStream(
  request: GenerateRequest,
  stream: Stream,
  listen: (delta: string) => void,
): Promise<GenerateResult> {
  for await (const part of stream(request)) {
    if (part.type === "text-delta") listen(part.text);
    else return part.result;
  }
  throw new Error("The stream ended without a finish part");
}
