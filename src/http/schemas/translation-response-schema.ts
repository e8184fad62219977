import { z } from "@hono/zod-openapi";
import { qaReportSchema } from "../../core/quality/qa-report";

const languageResultSchema = z.object({
  title: z.string().nullable(),
  body: z.string(),
  summary: z.array(z.string()).nullable(),
  qa: qaReportSchema,
});

export const translationResponseSchema = z
  .object({
    id: z.string(),
    source_lang: z.string(),
    results: z.record(z.string(), languageResultSchema),
    meta: z.object({
      provider: z.string(),
      model: z.string(),
      prompt_version: z.string(),
      cache: z.enum(["hit", "miss", "partial"]),
      usage: z.object({ input_tokens: z.int(), output_tokens: z.int(), llm_calls: z.int() }),
      languages: z.record(
        z.string(),
        z.object({
          provider: z.string(),
          model: z.string(),
          cache: z.enum(["hit", "partial", "miss"]),
          segments_hit: z.int(),
          segments_missed: z.int(),
        }),
      ),
      segments: z.object({ hit: z.int(), missed: z.int() }),
      removed_residue: z.array(z.string()),
    }),
  })
  .openapi("TranslationResponse");

export type TranslationResponse = z.infer<typeof translationResponseSchema>;

export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.unknown().optional(),
      request_id: z.string(),
    }),
  })
  .openapi("Error");
