import { z } from "@hono/zod-openapi";

/** Words a rejected parameter as DeepL does: missing, or present with a value it refuses. */
function deepLIssue(name: string) {
  return {
    error: (issue: { readonly input?: unknown }) =>
      issue.input === undefined
        ? `Parameter '${name}' not specified.`
        : `Value for '${name}' not supported.`,
  };
}

/** `1`/`0` in a form, `true`/`false` in JSON. */
function flag(name: string) {
  return z
    .union([z.boolean(), z.enum(["0", "1"]).transform((value) => value === "1")], deepLIssue(name))
    .optional();
}

/** Comma-separated in a form, an array in JSON. */
function tagList(name: string) {
  return z
    .union(
      [
        z.array(z.string()),
        z.string().transform((value) =>
          value
            .split(",")
            .map((tag) => tag.trim())
            .filter(Boolean),
        ),
      ],
      deepLIssue(name),
    )
    .optional();
}

export const maxDeepLTexts = 50;

/** `/v2/translate` parameters; unknown ones are ignored, as DeepL ignores them. */
export const deepLTranslateParametersSchema = z
  .object({
    text: z
      .array(z.string(deepLIssue("text")), deepLIssue("text"))
      .min(1, "Parameter 'text' not specified.")
      .openapi({ description: `Up to ${maxDeepLTexts} texts; repeat \`text\` in a form.` }),
    target_lang: z.string(deepLIssue("target_lang")).openapi({ example: "EN-GB" }),
    source_lang: z
      .string(deepLIssue("source_lang"))
      .optional()
      .openapi({ description: "FR, or absent: a text detected as another language is refused." }),
    context: z
      .string(deepLIssue("context"))
      .optional()
      .openapi({ description: "Context for the texts; never translated, never billed." }),
    tag_handling: z.enum(["html", "xml"], deepLIssue("tag_handling")).optional(),
    formality: z
      .enum(["default", "more", "less", "prefer_more", "prefer_less"], deepLIssue("formality"))
      .optional(),
    glossary_id: z
      .string(deepLIssue("glossary_id"))
      .optional()
      .openapi({ description: "The name of a glossary stored with /v1/glossaries." }),
    split_sentences: z.enum(["0", "1", "nonewlines"], deepLIssue("split_sentences")).optional(),
    preserve_formatting: flag("preserve_formatting"),
    outline_detection: flag("outline_detection"),
    show_billed_characters: flag("show_billed_characters"),
    model_type: z
      .enum(
        ["quality_optimized", "prefer_quality_optimized", "latency_optimized"],
        deepLIssue("model_type"),
      )
      .optional(),
    splitting_tags: tagList("splitting_tags"),
    non_splitting_tags: tagList("non_splitting_tags"),
    ignore_tags: tagList("ignore_tags"),
  })
  .openapi("DeepLTranslateRequest", {
    description:
      "DeepL's parameters. Validated as DeepL does but without effect here: split_sentences, " +
      "preserve_formatting, outline_detection. With tag_handling, ignore_tags are copied as " +
      "they are, splitting_tags split like paragraphs and non_splitting_tags do not; xml lets " +
      "any element close itself (<x/>) and ends an element only with its end tag. formality " +
      "and context reach the model's instructions.",
  });

export type DeepLTranslateParameters = z.infer<typeof deepLTranslateParametersSchema>;

export const deepLTranslationsSchema = z
  .object({
    translations: z.array(
      z.object({
        detected_source_language: z.string().openapi({ example: "FR" }),
        text: z.string(),
        billed_characters: z.int().optional(),
        model_type_used: z.string().optional(),
      }),
    ),
  })
  .openapi("DeepLTranslations");

export type DeepLTranslations = z.infer<typeof deepLTranslationsSchema>;

export const deepLLanguagesParametersSchema = z.object({
  type: z.enum(["source", "target"], deepLIssue("type")).default("source"),
});

export const deepLLanguagesSchema = z
  .array(
    z.object({
      language: z.string().openapi({ example: "EN-GB" }),
      name: z.string().openapi({ example: "English (British)" }),
      supports_formality: z.boolean().optional(),
    }),
  )
  .openapi("DeepLLanguages");

export const deepLUsageSchema = z
  .object({ character_count: z.int(), character_limit: z.int() })
  .openapi("DeepLUsage");

export const deepLErrorSchema = z.object({ message: z.string() }).openapi("DeepLErrorMessage");
