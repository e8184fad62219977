import type { ArticleDocument, Segment } from "../article/article-document";
import { sha256Hex, sha256HexOf } from "../hash/sha256-hex";
import type { QaCheckName } from "../quality/qa-report";

/** Bumped when parsing, prompts' shape or reassembly changes what an entry means. */
const formatVersion = "v3";

/** The model an entry was made with, the prompt version and the style instructions it had. */
export interface ModelStamp {
  readonly provider: string;
  readonly modelId: string;
  readonly promptVersion: string;
  /** The style lines (context, formality) every call of the request carried; "" for none. */
  readonly style: string;
}

const digest = (parts: readonly unknown[]) => sha256Hex(JSON.stringify(parts));

/**
 * A segment's role and text, hashed once per parsed segment: its keys in every language and
 * under every model then hash only this digest with their few other parts.
 */
const segmentDigests = new WeakMap<Segment, string>();

function segmentDigest(segment: Segment): string {
  let known = segmentDigests.get(segment);
  if (known === undefined) {
    known = sha256HexOf(JSON.stringify([segment.role, segment.text]));
    segmentDigests.set(segment, known);
  }
  return known;
}

/** Digests of the small parts keys share (a model stamp, glossary lines), by their JSON. */
const contextDigests = new Map<string, string>();
const contextDigestsKept = 1000;

function contextDigest(parts: readonly unknown[]): string {
  const json = JSON.stringify(parts);
  let known = contextDigests.get(json);
  if (known === undefined) {
    if (contextDigests.size >= contextDigestsKept) contextDigests.clear();
    known = sha256HexOf(json);
    contextDigests.set(json, known);
  }
  return known;
}

/** A digest of exactly what reaches the model and what is put back around it. */
export function hashDocument(document: ArticleDocument): Promise<string> {
  return digest([document.format, document.title, document.segments, document.body]);
}

/** What an article's review was set to: the checks that ran and whether blocked segments were redone. */
export interface ReviewSettings {
  readonly checks: readonly QaCheckName[];
  readonly repair: boolean;
}

/**
 * A whole article in one language: document, options, glossary and review settings included
 * (its stored report is only right under the settings that made it).
 */
export async function articleKey(
  stamp: ModelStamp,
  parts: {
    documentHash: string;
    languageCode: string;
    summaryBullets: number;
    glossary: string;
    review: ReviewSettings;
  },
): Promise<string> {
  const { documentHash, summaryBullets, glossary, review } = parts;
  const hash = await digest([documentHash, stamp, summaryBullets, glossary, review]);
  return `article:${formatVersion}:${parts.languageCode}:${hash}`;
}

/**
 * One segment in one language: its role and text, the model stamp and the glossary lines that
 * apply to it. Two digests side by side, each computed once per request or less.
 */
export async function segmentKey(
  stamp: ModelStamp,
  parts: { segment: Segment; languageCode: string; glossary: string },
): Promise<string> {
  const context = contextDigest([stamp, parts.glossary]);
  return `segment:${formatVersion}:${parts.languageCode}:${segmentDigest(parts.segment)}:${context}`;
}

/** A segment's note for the summary: its text under one model stamp. */
export async function noteKey(stamp: ModelStamp, segment: Segment): Promise<string> {
  return `note:${formatVersion}:${segmentDigest(segment)}:${contextDigest([stamp])}`;
}

export async function summaryKey(
  stamp: ModelStamp,
  parts: { documentHash: string; languageCode: string; bullets: number; glossary: string },
): Promise<string> {
  const hash = await digest([parts.documentHash, stamp, parts.bullets, parts.glossary]);
  return `summary:${formatVersion}:${parts.languageCode}:${hash}`;
}
