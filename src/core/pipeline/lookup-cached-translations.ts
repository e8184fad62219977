import type { CachedTranslation } from "../cache/cached-translation";
import { translationCacheKey } from "../cache/translation-cache-key";
import type { TranslationDependencies, TranslationRequest } from "./translate-article";

/**
 * One batched read for every language and every provider of the chain: a translation made
 * by a fallback provider is served too, the first provider's own taking precedence.
 */
export async function lookupCachedTranslations(
  dependencies: Pick<TranslationDependencies, "models" | "cache" | "promptVersion">,
  request: TranslationRequest,
  documentHash: string,
  glossaryInstructions: ReadonlyMap<string, string>,
): Promise<Map<string, CachedTranslation>> {
  const found = new Map<string, CachedTranslation>();
  if (request.bypassCache) return found;
  const candidates = await Promise.all(
    request.languages.flatMap((language) =>
      dependencies.models.map(async (model) => ({
        languageCode: language.code,
        key: await translationCacheKey({
          documentHash,
          glossaryInstructions: glossaryInstructions.get(language.code) ?? "",
          languageCode: language.code,
          provider: model.provider,
          modelId: model.modelId,
          promptVersion: dependencies.promptVersion,
          summaryBullets: request.summaryBullets,
        }),
      })),
    ),
  );
  const values = await dependencies.cache.getMany(candidates.map((candidate) => candidate.key));
  for (const { languageCode, key } of candidates) {
    const value = values.get(key);
    if (value && !found.has(languageCode)) found.set(languageCode, value);
  }
  return found;
}
