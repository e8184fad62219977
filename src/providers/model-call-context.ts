/** Who was called, for error messages; the key is only used to scrub those messages. */
export interface ModelCallContext {
  readonly provider: string;
  readonly modelId: string;
  readonly apiKey?: string;
}
