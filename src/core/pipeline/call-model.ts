import type { ChatMessage, GenerateResult } from "../model/language-model";
import { ModelError } from "../model/model-error";
import { MalformedOutputError } from "../prompt/parse-translation-output";
import type { PipelineContext } from "./pipeline-context";

export interface ModelAnswer<Parsed> {
  readonly parsed: Parsed;
  readonly provider: string;
  readonly modelId: string;
}

/**
 * One model call whose answer must parse: a cut-off answer is a `truncated` error, an answer
 * that ignores the format a `malformed_output` one, so retries and fallbacks handle both.
 */
export async function callModel<Parsed>(
  context: PipelineContext,
  request: {
    readonly messages: ChatMessage[];
    readonly maxOutputTokens: number;
    readonly parse: (text: string) => Parsed;
    readonly createTextListener?: () => (delta: string) => void;
  },
): Promise<ModelAnswer<Parsed>> {
  let parsed: Parsed | undefined;
  const validate = (result: GenerateResult) => {
    parsed = parseResult(result, request.parse);
  };
  const result = await context.limit(() =>
    context.model.generate({
      messages: request.messages,
      maxOutputTokens: request.maxOutputTokens,
      validate,
      ...(request.createTextListener ? { createTextListener: request.createTextListener } : {}),
    }),
  );
  return {
    parsed: parsed ?? parseResult(result, request.parse),
    provider: result.provider,
    modelId: result.modelId,
  };
}

function parseResult<Parsed>(result: GenerateResult, parse: (text: string) => Parsed): Parsed {
  const origin = { provider: result.provider, modelId: result.modelId };
  if (result.finishReason === "length") {
    throw new ModelError("The answer was cut off by the output token limit", {
      kind: "truncated",
      ...origin,
    });
  }
  if (result.finishReason === "content_filter") {
    throw new ModelError("The provider's content filter stopped the answer", {
      kind: "content_filter",
      ...origin,
    });
  }
  try {
    return parse(result.text);
  } catch (error) {
    if (!(error instanceof MalformedOutputError)) throw error;
    throw new ModelError(error.message, { kind: "malformed_output", ...origin, cause: error });
  }
}
