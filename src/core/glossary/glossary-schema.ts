import { z } from "zod";
import { defaultTargetCodes } from "../languages/languages";

const term = z.string().trim().min(1).max(200);

export const glossaryTargetsSchema = z.partialRecord(
  z.enum(defaultTargetCodes as [string, ...string[]]),
  term,
);

/** One glossary entry: a French term or name and its form in each target language. */
export const glossaryEntrySchema = z
  .strictObject({
    source: term,
    targets: glossaryTargetsSchema.default({}),
    /** Keep the term exactly as written in French (a brand, a name spelled the same everywhere). */
    do_not_translate: z.boolean().optional(),
  })
  .refine((entry) => entry.do_not_translate || Object.keys(entry.targets).length > 0, {
    message: "An entry needs at least one target form, or do_not_translate",
    path: ["targets"],
    params: { reason: "glossary_entry_without_target" },
  });

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** A list of entries without empty terms or two different renderings of one source term. */
export const glossaryEntriesSchema = z
  .array(glossaryEntrySchema)
  .max(1_000)
  .superRefine((entries, context) => {
    const seen = new Map<string, number>();
    entries.forEach((entry, index) => {
      const key = normalizeTerm(entry.source);
      const previous = seen.get(key);
      if (previous !== undefined) {
        context.addIssue({
          code: "custom",
          message: `Conflicts with entry ${previous} for the same source term`,
          path: [index, "source"],
          params: { reason: "glossary_conflict", entry: previous },
        });
      }
      seen.set(key, index);
    });
  });

/** Compares terms regardless of case, accents' composition and apostrophe style. */
export function normalizeTerm(text: string): string {
  return text
    .normalize("NFC")
    .toLocaleLowerCase("fr")
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}
