/** The worker's bindings: `Env` from `wrangler types` plus the secrets, which wrangler.toml does not list. */
export interface Bindings extends Env {
  readonly OPENAI_API_KEY?: string;
  readonly OPENAI_BASE_URL?: string;
  readonly OPENAI_MODEL?: string;
  readonly ANTHROPIC_API_KEY?: string;
  readonly ANTHROPIC_BASE_URL?: string;
  readonly ANTHROPIC_MODEL?: string;
  readonly API_KEYS?: string;
  readonly CORS_ORIGINS?: string;
  readonly LLM_RETRY_BASE_DELAY_MS?: string;
  readonly LLM_MAX_OUTPUT_TOKENS?: string;
  readonly LLM_MAX_SOURCE_CHARS_PER_CALL?: string;
  readonly LLM_CONCURRENCY?: string;
  readonly QA_CHECKS?: string;
  readonly QA_REPAIR?: string;
  readonly DEEPL_CHARACTER_LIMIT?: string;
  readonly LLM_LATENCY_OPTIMIZED_MODEL?: string;
}
