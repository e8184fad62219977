import type { GenerateRequest, GenerateResult, StreamPart } from "../core/model/language-model";

/**
 * `generate` for a caller that listens to the text as it arrives: the model is streamed,
 * each delta goes to a listener made for this attempt, and the final result is returned
 * as a plain `generate` would, so retries, fallbacks and validation work unchanged.
 */
export async function generateThroughStream(
  request: GenerateRequest,
  stream: (request: GenerateRequest) => AsyncIterable<StreamPart>,
  listen: (delta: string) => void,
): Promise<GenerateResult> {
  for await (const part of stream(request)) {
    if (part.type === "text-delta") listen(part.text);
    else return part.result;
  }
  throw new Error("The stream ended without a finish part");
}
