import defaultGlossaryFile from "../../../glossaries/default.json";
import { type GlossaryEntry, glossaryEntriesSchema } from "./glossary-schema";

/** The glossary shipped with tilmash (Kazakh state names and institutions, EU bodies). */
export const defaultGlossaryName = "default";
export const defaultGlossaryDescription: string = defaultGlossaryFile.description;
export const defaultGlossaryEntries: readonly GlossaryEntry[] = glossaryEntriesSchema.parse(
  defaultGlossaryFile.entries,
);
