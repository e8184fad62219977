import { z } from "zod";
import { sha256Hex } from "../hash/sha256-hex";
import { type GlossaryEntry, glossaryEntriesSchema } from "./glossary-schema";

export const glossaryNameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, "Lowercase letters, digits, - and _, 1–64 characters");

export const storedGlossarySchema = z.object({
  name: glossaryNameSchema,
  description: z.string().max(500).optional(),
  version: z.string(),
  entries: glossaryEntriesSchema,
  updated_at: z.string(),
});

export type StoredGlossary = z.infer<typeof storedGlossarySchema>;

/** The version changes exactly when the entries do; it is part of every cache key that uses them. */
export async function glossaryVersion(entries: readonly GlossaryEntry[]): Promise<string> {
  return (await sha256Hex(JSON.stringify(entries))).slice(0, 12);
}
