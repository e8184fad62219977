/** Why a generation stopped, mapped from each vendor's own vocabulary. */
export type FinishReason = "stop" | "length" | "content_filter" | "other";

export interface ChatMessage {
  readonly role: "system" | "user" | "assistant";
  readonly content: string;
}

export interface GenerateRequest {
  readonly messages: readonly ChatMessage[];
  /** Upper bound on output tokens for this call. */
  readonly maxOutputTokens: number;
  /** Overrides the adapter's default model for this call. */
  readonly modelId?: string;
  readonly temperature?: number;
  /** Aborts the call (timeouts, client gone). */
  readonly signal?: AbortSignal;
  /**
   * Checks an answer before anyone uses it; throws a ModelError (`malformed_output`,
   * `truncated`) so that retries and fallbacks treat a bad answer like a failed call.
   */
  readonly validate?: (result: GenerateResult) => void;
  /**
   * Asks for the answer as it is written: called once per attempt (retries included), it
   * returns the listener that receives that attempt's text deltas. Adapters then stream.
   */
  readonly createTextListener?: () => (delta: string) => void;
}

export interface TokenUsage {
  readonly inputTokens: number;
  readonly outputTokens: number;
}

export interface GenerateResult {
  readonly text: string;
  readonly finishReason: FinishReason;
  readonly usage: TokenUsage;
  /** The provider and model that actually answered (after fallbacks). */
  readonly provider: string;
  readonly modelId: string;
}

export type StreamPart =
  | { readonly type: "text-delta"; readonly text: string }
  | { readonly type: "finish"; readonly result: GenerateResult };

/** The one seam between the core and any LLM vendor. */
export interface LanguageModel {
  /** "openai", "anthropic", … */
  readonly provider: string;
  readonly modelId: string;
  generate(request: GenerateRequest): Promise<GenerateResult>;
  stream?(request: GenerateRequest): AsyncIterable<StreamPart>;
}
