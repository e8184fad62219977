import type { ArticleDocument } from "../article/article-document";
import { sha256Hex } from "../hash/sha256-hex";

/** Bumped when parsing or reassembly changes what a cached entry means. */
const cacheFormatVersion = "1";

export interface CacheKeyParts {
  readonly documentHash: string;
  readonly languageCode: string;
  readonly provider: string;
  readonly modelId: string;
  readonly promptVersion: string;
  readonly summaryBullets: number;
  /** The glossary instructions this language's calls carry. */
  readonly glossaryInstructions: string;
}

/** A digest of exactly what reaches the model and what is put back around it. */
export function hashDocument(document: ArticleDocument): Promise<string> {
  return sha256Hex(
    JSON.stringify([document.format, document.title, document.segments, document.body]),
  );
}

/** Everything that changes the output is in the key: text, language, provider, model, prompts, options. */
export async function translationCacheKey(parts: CacheKeyParts): Promise<string> {
  const digest = await sha256Hex(
    JSON.stringify([
      parts.documentHash,
      parts.provider,
      parts.modelId,
      parts.promptVersion,
      parts.summaryBullets,
      parts.glossaryInstructions,
    ]),
  );
  return `translation:v${cacheFormatVersion}:${parts.languageCode}:${digest}`;
}
