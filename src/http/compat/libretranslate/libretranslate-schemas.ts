import { z } from "@hono/zod-openapi";

/** Words a rejected parameter as LibreTranslate does. */
function libreIssue(name: string) {
  return {
    error: (issue: { readonly input?: unknown }) =>
      issue.input === undefined || issue.input === ""
        ? `Invalid request: missing ${name} parameter`
        : `Invalid request: ${name} is not valid`,
  };
}

/** `/translate` parameters; unknown ones are ignored. */
export const libreTranslateParametersSchema = z
  .object({
    q: z
      .union([z.string().min(1, libreIssue("q")), z.array(z.string())], libreIssue("q"))
      .openapi({ description: "A text, or an array of texts translated in one go." }),
    source: z
      .string(libreIssue("source"))
      .min(1, libreIssue("source"))
      .openapi({ description: "`fr` or `auto`" }),
    target: z.string(libreIssue("target")).min(1, libreIssue("target")).openapi({ example: "kk" }),
    format: z.enum(["text", "html"], libreIssue("format")).optional(),
    alternatives: z.coerce
      .number(libreIssue("alternatives"))
      .int(libreIssue("alternatives"))
      .min(0, libreIssue("alternatives"))
      .max(10, libreIssue("alternatives"))
      .optional(),
    api_key: z.string(libreIssue("api_key")).nullable().optional(),
  })
  .openapi("LibreTranslateRequest");

export type LibreTranslateParameters = z.infer<typeof libreTranslateParametersSchema>;

const detectedLanguageSchema = z.object({
  confidence: z.number().openapi({ description: "0–100" }),
  language: z.string(),
});

export const libreTranslationSchema = z
  .object({
    translatedText: z.union([z.string(), z.array(z.string())]),
    detectedLanguage: z.union([detectedLanguageSchema, z.array(detectedLanguageSchema)]).optional(),
    alternatives: z.union([z.array(z.string()), z.array(z.array(z.string()))]).optional(),
  })
  .openapi("LibreTranslateTranslation");

export type LibreTranslation = z.infer<typeof libreTranslationSchema>;

export const libreDetectParametersSchema = z
  .object({
    q: z.string(libreIssue("q")).min(1, libreIssue("q")),
    api_key: z.string(libreIssue("api_key")).nullable().optional(),
  })
  .openapi("LibreTranslateDetectRequest");

export const libreDetectionsSchema = z
  .array(detectedLanguageSchema)
  .openapi("LibreTranslateDetections");

export const libreLanguagesSchema = z
  .array(z.object({ code: z.string(), name: z.string(), targets: z.array(z.string()) }))
  .openapi("LibreTranslateLanguages");

export const libreErrorSchema = z
  .object({ error: z.string() })
  .openapi("LibreTranslateErrorMessage");
