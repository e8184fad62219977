import { z } from "zod";
import type { Bindings } from "../../../config/bindings";

/** Large enough never to stop anyone by accident: set it to enforce a real quota. */
export const defaultCharacterLimit = 1_000_000_000_000;

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

/** The variables only the DeepL- and LibreTranslate-compatible APIs read. */
const compatConfigSchema = z.object({
  DEEPL_CHARACTER_LIMIT: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).catch(defaultCharacterLimit),
  ),
  LLM_LATENCY_OPTIMIZED_MODEL: optionalText,
});

export type CompatConfig = z.infer<typeof compatConfigSchema>;

const cache = new WeakMap<Bindings, CompatConfig>();

/** Parsed once per isolate and per set of bindings, like `loadConfig`. */
export function loadCompatConfig(bindings: Bindings): CompatConfig {
  const cached = cache.get(bindings);
  if (cached) return cached;
  const config = compatConfigSchema.parse(bindings);
  cache.set(bindings, config);
  return config;
}
