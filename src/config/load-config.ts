import { z } from "zod";
import { type QaCheckName, qaCheckNameSchema } from "../core/quality/qa-report";
import type { Bindings } from "./bindings";

const integer = (fallback: number, minimum: number, maximum: number) =>
  z.coerce.number().int().min(minimum).max(maximum).catch(fallback);
const list = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? "")
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean),
  );
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

const allChecks = qaCheckNameSchema.options;

/**
 * `all` (the default), `none`, or check names separated by commas. Unknown names are
 * ignored; a list with no known name falls back to every check, never to none by mistake.
 */
const qualityChecks = z
  .string()
  .optional()
  .transform((value): readonly QaCheckName[] => {
    const names = (value ?? "").split(",").map((name) => name.trim().toLowerCase());
    if (names.length === 1 && names[0] === "none") return [];
    const known = allChecks.filter((check) => names.includes(check));
    return known.length > 0 ? known : allChecks;
  });

/** Every variable the worker reads; a missing or invalid number falls back to its default. */
const configSchema = z.object({
  LLM_PROVIDERS: list,
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalText,
  OPENAI_MODEL: optionalText,
  ANTHROPIC_API_KEY: optionalText,
  ANTHROPIC_BASE_URL: optionalText,
  ANTHROPIC_MODEL: optionalText,
  API_KEYS: list,
  CORS_ORIGINS: list,
  CACHE_TTL_SECONDS: integer(2_592_000, 60, 365 * 86_400),
  MAX_ARTICLE_CHARS: integer(100_000, 1_000, 1_000_000),
  LLM_TIMEOUT_MS: integer(180_000, 1_000, 600_000),
  LLM_MAX_RETRIES: integer(2, 0, 10),
  LLM_RETRY_BASE_DELAY_MS: integer(500, 0, 60_000),
  LLM_MAX_OUTPUT_TOKENS: integer(16_000, 256, 200_000),
  LLM_MAX_SOURCE_CHARS_PER_CALL: integer(40_000, 500, 200_000),
  LLM_CONCURRENCY: integer(6, 1, 6),
  QA_CHECKS: qualityChecks,
  QA_REPAIR: z
    .string()
    .optional()
    .transform((value) => !/^(0|false|no|off)$/i.test(value?.trim() ?? "")),
});

export type Config = z.infer<typeof configSchema>;

/** Parsed once per isolate and per set of bindings. */
const cache = new WeakMap<Bindings, Config>();

export function loadConfig(bindings: Bindings): Config {
  const cached = cache.get(bindings);
  if (cached) return cached;
  const config = configSchema.parse(bindings);
  cache.set(bindings, config);
  return config;
}
