import { z } from "zod";

/** What the cache keeps for one article in one language; read back through the schema. */
export const cachedTranslationSchema = z.object({
  title: z.string().nullable(),
  body: z.string(),
  summary: z.array(z.string()).nullable(),
  provider: z.string(),
  model: z.string(),
  usage: z.object({ input_tokens: z.number(), output_tokens: z.number() }),
  created_at: z.string(),
});

export type CachedTranslation = z.infer<typeof cachedTranslationSchema>;
