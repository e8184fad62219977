import { z } from "@hono/zod-openapi";
import { requestGlossarySchema } from "./glossary-schemas";

const articleSchema = z
  .strictObject({
    title: z.string().max(1_000).nullable().optional().openapi({
      example: "Kazakhstan – Union européenne – France : une alliance qui monte en puissance",
    }),
    body: z
      .string()
      .min(1)
      .openapi({ example: "Le Kazakhstan avance à grands pas sur l’échiquier international…" }),
    format: z.enum(["text", "markdown", "html"]).default("text"),
  })
  .openapi("Article");

const summarySchema = z
  .union([
    z.strictObject({ bullets: z.int().min(1).max(10).default(5) }),
    z.literal(false),
    z.literal(true).transform(() => ({ bullets: 5 })),
  ])
  .default({ bullets: 5 })
  .openapi({ description: "Bullets per summary (1–10), or false for no summary." });

export const translationRequestSchema = z
  .strictObject({
    article: articleSchema,
    source_lang: z.string().min(1).max(35).default("fr"),
    target_langs: z
      .array(z.string().min(1).max(35))
      .min(1)
      .max(10)
      .refine((codes) => new Set(codes).size === codes.length, {
        message: "Duplicate language codes",
        params: { reason: "duplicate_values" },
      })
      .optional()
      .openapi({ example: ["en", "kk", "ru"] }),
    summary: summarySchema,
    glossary: requestGlossarySchema,
    use_default_glossary: z.boolean().default(true),
    provider: z.string().min(1).max(64).optional().openapi({ example: "openai" }),
    model: z
      .string()
      .regex(/^[\w.:/@-]{1,128}$/)
      .optional()
      .openapi({ example: "gpt-5.4-mini" }),
  })
  .openapi("TranslationRequest");

export type TranslationRequestBody = z.infer<typeof translationRequestSchema>;
