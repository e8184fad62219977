import { KvGlossaryStore } from "../../../cache/kv-glossary-store";
import type { GlossaryEntry } from "../../../core/glossary/glossary-schema";
import { glossaryNameSchema } from "../../../core/glossary/stored-glossary";
import { AppError } from "../../errors/app-error";
import { resolveGlossary } from "../../services/resolve-glossary";
import { DeepLError } from "./deepl-error";

/**
 * The default glossary, plus the caller's stored glossary named by `glossary_id` (the name
 * it was stored under with `PUT /v1/glossaries/{name}`, with the same API key).
 */
export async function resolveDeepLGlossary(
  glossaryId: string | undefined,
  namespace: KVNamespace,
  clientId: string,
): Promise<GlossaryEntry[]> {
  if (glossaryId !== undefined && !glossaryNameSchema.safeParse(glossaryId).success) {
    throw new DeepLError(404, "Glossary not found");
  }
  try {
    const store = new KvGlossaryStore(namespace, clientId);
    return await resolveGlossary({ glossary: glossaryId, use_default_glossary: true }, store);
  } catch (error) {
    if (error instanceof AppError && error.code === "glossary_not_found") {
      throw new DeepLError(404, "Glossary not found");
    }
    throw error;
  }
}
