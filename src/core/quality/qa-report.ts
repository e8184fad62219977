import { z } from "zod";
import { glossaryEntrySchema } from "../glossary/glossary-schema";

/** Target languages the quality checks know; adding one is a new profile entry. */
export const qaTargetLanguageSchema = z.enum(["en", "ru", "kk"]);

export const qaCheckNameSchema = z.enum([
  "numbers",
  "glossary",
  "names",
  "language",
  "script",
  "untranslated",
  "shape",
  "length",
]);

export const qaSeveritySchema = z.enum(["blocking", "warning"]);

/** A segment index (0-based, into `segments`), or the title, or the summary. */
export const qaSegmentReferenceSchema = z.union([
  z.number().int().nonnegative(),
  z.literal("title"),
  z.literal("summary"),
]);

export const qaIssueSchema = z.object({
  check: qaCheckNameSchema,
  severity: qaSeveritySchema,
  segment: qaSegmentReferenceSchema,
  message: z.string(),
  source_text: z.string().optional(),
  target_text: z.string().optional(),
  expected: z.string().optional(),
});

export const qaReportSchema = z.object({
  /** True when no issue is blocking. */
  passed: z.boolean(),
  /** Which checks ran. */
  checks: z.array(qaCheckNameSchema),
  issues: z.array(qaIssueSchema),
});

/** The checks read the API's glossary entries as they are (one schema, in core/glossary). */
export { glossaryEntrySchema } from "../glossary/glossary-schema";

export const detectionResultSchema = z.object({
  language: z.string(),
  confidence: z.number(),
});

export const qualityCheckInputSchema = z.object({
  targetLanguage: qaTargetLanguageSchema,
  source: z.object({
    title: z.string().nullable(),
    segments: z.array(z.string()),
  }),
  translation: z.object({
    title: z.string().nullable(),
    segments: z.array(z.string()),
    summary: z.array(z.string()).optional(),
  }),
  glossary: z.array(glossaryEntrySchema).optional(),
});

export type QaTargetLanguage = z.infer<typeof qaTargetLanguageSchema>;
export type QaCheckName = z.infer<typeof qaCheckNameSchema>;
export type QaSeverity = z.infer<typeof qaSeveritySchema>;
export type QaSegmentReference = z.infer<typeof qaSegmentReferenceSchema>;
export type QaIssue = z.infer<typeof qaIssueSchema>;
export type QaReport = z.infer<typeof qaReportSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type DetectionResult = z.infer<typeof detectionResultSchema>;

/**
 * A language detector that can be injected (e.g. the one in src/core/detection). The checks
 * pass the target language as `expectedLanguage`: a detector may use it to answer sooner
 * when the text plainly is in that language, or ignore it.
 */
export type Detector = (text: string, expectedLanguage?: string) => DetectionResult;

export type QualityCheckInput = z.infer<typeof qualityCheckInputSchema> & {
  detectLanguage?: Detector;
  /** The checks to run (a deployment's `QA_CHECKS`); all of them when absent. */
  enabledChecks?: readonly QaCheckName[];
};

/** The quality checks as a dependency of the pipeline. */
export type QualityChecker = (input: QualityCheckInput) => QaReport;
