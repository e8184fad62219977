import { type GlossaryEntry, normalizeTerm } from "./glossary-schema";

/** Later lists override earlier ones for the same source term (a newsroom extends the default). */
export function mergeGlossaries(
  ...lists: ReadonlyArray<readonly GlossaryEntry[]>
): GlossaryEntry[] {
  const merged = new Map<string, GlossaryEntry>();
  for (const entries of lists) {
    for (const entry of entries) merged.set(normalizeTerm(entry.source), entry);
  }
  return [...merged.values()];
}
