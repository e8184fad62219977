import type { KvGlossaryStore } from "../../cache/kv-glossary-store";
import { defaultGlossaryEntries, defaultGlossaryName } from "../../core/glossary/default-glossary";
import type { GlossaryEntry } from "../../core/glossary/glossary-schema";
import { mergeGlossaries } from "../../core/glossary/merge-glossaries";
import { AppError } from "../errors/app-error";
import type { TranslationRequestBody } from "../schemas/translation-request-schema";

/** The entries a translation uses: the default glossary (unless disabled), then the request's own. */
export async function resolveGlossary(
  body: Pick<TranslationRequestBody, "glossary" | "use_default_glossary">,
  store: KvGlossaryStore,
): Promise<GlossaryEntry[]> {
  const base = body.use_default_glossary ? defaultGlossaryEntries : [];
  if (body.glossary === undefined || body.glossary === defaultGlossaryName) return [...base];
  if (typeof body.glossary !== "string") return mergeGlossaries(base, body.glossary.entries);
  const stored = await store.get(body.glossary);
  if (!stored) throw new AppError("glossary_not_found", { name: body.glossary });
  return mergeGlossaries(base, stored.entries);
}
