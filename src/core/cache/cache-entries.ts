import { z } from "zod";
import { qaReportSchema } from "../quality/qa-report";

/** One segment translated into one language. */
export const segmentEntrySchema = z.object({
  text: z.string(),
  provider: z.string(),
  model: z.string(),
  /** It kept a blocking quality issue: reused, it is checked and repaired again. */
  qa_blocked: z.boolean().default(false),
});

/** A short English note on one segment, from which later summaries are written. */
export const noteEntrySchema = z.object({ note: z.string() });

/** The summary of one article in one language. */
export const summaryEntrySchema = z.object({
  bullets: z.array(z.string()),
  provider: z.string(),
  model: z.string(),
});

/** A whole article in one language, assembled: a repeated request is served from this alone. */
export const articleEntrySchema = z.object({
  title: z.string().nullable(),
  body: z.string(),
  summary: z.array(z.string()).nullable(),
  provider: z.string(),
  model: z.string(),
  created_at: z.string(),
  qa: qaReportSchema,
});

export type SegmentEntry = z.infer<typeof segmentEntrySchema>;
export type NoteEntry = z.infer<typeof noteEntrySchema>;
export type SummaryEntry = z.infer<typeof summaryEntrySchema>;
export type ArticleEntry = z.infer<typeof articleEntrySchema>;
