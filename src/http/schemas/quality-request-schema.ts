import { z } from "@hono/zod-openapi";
import { requestGlossarySchema } from "./glossary-schemas";

const textSchema = z.strictObject({
  title: z.string().max(1_000).nullable().optional(),
  body: z.string().min(1),
});

export const qualityRequestSchema = z
  .strictObject({
    source: textSchema.extend({ format: z.enum(["text", "markdown", "html"]).default("text") }),
    translation: textSchema.extend({ summary: z.array(z.string()).max(20).optional() }),
    source_lang: z.string().min(1).max(35).default("fr"),
    target_lang: z.string().min(1).max(35).openapi({ example: "kk" }),
    glossary: requestGlossarySchema,
    use_default_glossary: z.boolean().default(true),
  })
  .openapi("QualityRequest");

export type QualityRequestBody = z.infer<typeof qualityRequestSchema>;
