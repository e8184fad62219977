import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Schema } from "hono";
import { KvGlossaryStore } from "../../cache/kv-glossary-store";
import { loadConfig } from "../../config/load-config";
import type { Segment } from "../../core/article/article-document";
import { parseArticle } from "../../core/article/parse-article";
import { restoreInlineMarkup } from "../../core/article/protect-inline-markup";
import { detectLanguage } from "../../core/detection/detect-language";
import { qaReportSchema } from "../../core/quality/qa-report";
import { runQualityChecks } from "../../core/quality/run-quality-checks";
import type { AppEnv } from "../app-env";
import { AppError } from "../errors/app-error";
import { readJsonBody } from "../middleware/read-json-body";
import { qualityRequestSchema } from "../schemas/quality-request-schema";
import { errorResponseSchema } from "../schemas/translation-response-schema";
import { resolveGlossary } from "../services/resolve-glossary";
import { checkSourceLanguage, resolveTargetLanguages } from "../services/resolve-languages";

const errorContent = { "application/json": { schema: errorResponseSchema } };

export const qualityRoute = createRoute({
  method: "post",
  path: "/v1/qa",
  summary:
    "Check a translation against its source (numbers, glossary, names, language, script, shape) without any model call",
  middleware: [readJsonBody()] as const,
  request: {
    body: { required: true, content: { "application/json": { schema: qualityRequestSchema } } },
  },
  responses: {
    200: {
      description:
        "The report: passed (no blocking issue), the checks run (those the deployment's QA_CHECKS enables), and each issue with its segment (0-based, or title/summary)",
      content: {
        "application/json": {
          schema: qaReportSchema.extend({
            segments: z.object({ source: z.int(), translation: z.int() }),
          }),
        },
      },
    },
    400: { description: "Invalid request or HTML", content: errorContent },
    413: { description: "Too large", content: errorContent },
    422: { description: "Unsupported language", content: errorContent },
  },
});

/** Segments with their links and code put back, so a changed URL is seen by the checks. */
function restoredTexts(segments: readonly Segment[]): string[] {
  return segments.map((segment) => restoreInlineMarkup(segment.text, segment.protectedParts));
}

/** Returns the app it was given, typed with this route (for `hc<AppType>`). */
export function registerQualityRoute<Routes extends Schema>(app: OpenAPIHono<AppEnv, Routes>) {
  return app.openapi(qualityRoute, async (c) => {
    const body = c.req.valid("json");
    const limit = loadConfig(c.env).MAX_ARTICLE_CHARS;
    const size = body.source.body.length + body.translation.body.length;
    if (size > limit * 2)
      throw new AppError("article_too_large", { limit }, { characters: size, limit });
    checkSourceLanguage(body.source_lang);
    const [language] = resolveTargetLanguages([body.target_lang]);
    if (!language || language.derivedFrom) {
      throw new AppError(
        "unsupported_language",
        { language: body.target_lang, supported: "en, kk, ru" },
        { field: "target_lang" },
      );
    }
    const format = body.source.format;
    const source = parseArticle({
      title: body.source.title ?? null,
      body: body.source.body,
      format,
    });
    const translation = parseArticle({
      title: body.translation.title ?? null,
      body: body.translation.body,
      format,
    });
    const glossary = await resolveGlossary(
      body,
      new KvGlossaryStore(c.env.TRANSLATIONS, c.get("clientId")),
    );
    const report = runQualityChecks({
      targetLanguage: language.qualityProfile,
      source: { title: source.title?.text ?? null, segments: restoredTexts(source.segments) },
      translation: {
        title: translation.title?.text ?? null,
        segments: restoredTexts(translation.segments),
        ...(body.translation.summary ? { summary: body.translation.summary } : {}),
      },
      glossary,
      detectLanguage,
      enabledChecks: loadConfig(c.env).QA_CHECKS,
    });
    return c.json(
      {
        ...report,
        segments: { source: source.segments.length, translation: translation.segments.length },
      },
      200,
    );
  });
}
