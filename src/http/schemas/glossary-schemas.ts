import { z } from "@hono/zod-openapi";
import { glossaryEntriesSchema } from "../../core/glossary/glossary-schema";
import { glossaryNameSchema } from "../../core/glossary/stored-glossary";

export const glossaryNameParameterSchema = z.object({
  name: glossaryNameSchema.openapi({ param: { name: "name", in: "path" }, example: "newsroom" }),
});

export const glossaryBodySchema = z
  .strictObject({
    description: z.string().max(500).optional(),
    entries: glossaryEntriesSchema.openapi({
      example: [
        { source: "Tokaïev", targets: { en: "Tokayev", ru: "Токаев", kk: "Тоқаев" } },
        { source: "Global Gateway", do_not_translate: true },
      ],
    }),
  })
  .openapi("GlossaryBody");

export const glossaryResponseSchema = z
  .object({
    name: z.string(),
    description: z.string().optional(),
    version: z.string(),
    entries: glossaryEntriesSchema,
    updated_at: z.string(),
    read_only: z.boolean(),
  })
  .openapi("Glossary");

/** In a translation request: a stored glossary's name, or entries inline. */
export const requestGlossarySchema = z
  .union([glossaryNameSchema, z.strictObject({ entries: glossaryEntriesSchema })])
  .optional()
  .openapi({
    description:
      "A stored glossary's name, or { entries } inline; applied on top of the default glossary.",
  });
