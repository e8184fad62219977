import type { ArticleDocument, Segment } from "../article/article-document";
import { sha256Hex } from "../hash/sha256-hex";

/** Bumped when parsing, prompts' shape or reassembly changes what an entry means. */
const formatVersion = "v2";

/** The model an entry was made with, the prompt version and the style instructions it had. */
export interface ModelStamp {
  readonly provider: string;
  readonly modelId: string;
  readonly promptVersion: string;
  /** The style lines (context, formality) every call of the request carried; "" for none. */
  readonly style: string;
}

const digest = (parts: readonly unknown[]) => sha256Hex(JSON.stringify(parts));

/** A digest of exactly what reaches the model and what is put back around it. */
export function hashDocument(document: ArticleDocument): Promise<string> {
  return digest([document.format, document.title, document.segments, document.body]);
}

/** A whole article in one language: document, options and glossary included. */
export async function articleKey(
  stamp: ModelStamp,
  parts: { documentHash: string; languageCode: string; summaryBullets: number; glossary: string },
): Promise<string> {
  const hash = await digest([parts.documentHash, stamp, parts.summaryBullets, parts.glossary]);
  return `article:${formatVersion}:${parts.languageCode}:${hash}`;
}

/** One segment in one language: its role and text, and the glossary lines that apply to it. */
export async function segmentKey(
  stamp: ModelStamp,
  parts: { segment: Segment; languageCode: string; glossary: string },
): Promise<string> {
  const hash = await digest([parts.segment.role, parts.segment.text, stamp, parts.glossary]);
  return `segment:${formatVersion}:${parts.languageCode}:${hash}`;
}

export async function noteKey(stamp: ModelStamp, segment: Segment): Promise<string> {
  return `note:${formatVersion}:${await digest([segment.text, stamp])}`;
}

export async function summaryKey(
  stamp: ModelStamp,
  parts: { documentHash: string; languageCode: string; bullets: number; glossary: string },
): Promise<string> {
  const hash = await digest([parts.documentHash, stamp, parts.bullets, parts.glossary]);
  return `summary:${formatVersion}:${parts.languageCode}:${hash}`;
}
