import type { PromptSegment } from "./parse-translation-prompt";
import { pseudoTranslate } from "./pseudo-translate";

const maxWordsPerBullet = 25;
const sentenceEnd = /(?<=[.!?…])\s+(?=\S)/u;

/**
 * Exactly `count` bullets, pseudo-translated like the segments: the first sentence of each
 * body segment in order, then the title, then second sentences and so on; when the article
 * is too short for that, the sentences are reused. ⟦n⟧ placeholders are left out.
 */
export function deriveSummaryBullets(
  segments: readonly PromptSegment[],
  count: number,
  targetCode: string,
): string[] {
  const sentences = candidateSentences(segments, count);
  return Array.from({ length: count }, (_unused, index) => {
    const sentence = sentences[index % Math.max(1, sentences.length)] ?? `Key point ${index + 1}.`;
    return pseudoTranslate(sentence, targetCode);
  });
}

function candidateSentences(segments: readonly PromptSegment[], count: number): string[] {
  const ordered = [
    ...segments.filter((segment) => segment.id !== "title"),
    ...segments.filter((segment) => segment.id === "title"),
  ];
  const sentencesBySegment = ordered.map((segment) =>
    segment.text
      .split(sentenceEnd)
      .map(cleanSentence)
      .filter((sentence) => sentence !== ""),
  );
  const deepest = Math.max(0, ...sentencesBySegment.map((sentences) => sentences.length));
  const candidates: string[] = [];
  for (let depth = 0; depth < deepest && candidates.length < count; depth += 1) {
    for (const sentences of sentencesBySegment) {
      const sentence = sentences[depth];
      if (sentence !== undefined && candidates.length < count) candidates.push(sentence);
    }
  }
  return candidates;
}

function cleanSentence(sentence: string): string {
  const words = sentence
    .replace(/\[([^\]]*)\]\(⟦[^⟧]*⟧\)/g, "$1") // [text](⟦1⟧) → text
    .replace(/⟦[^⟧]*⟧/g, "")
    .replace(/\s+([.,;:!?])/g, "$1")
    .split(/\s+/)
    .filter((word) => word !== "");
  const kept = words.slice(0, maxWordsPerBullet).join(" ");
  return words.length > maxWordsPerBullet ? `${kept}…` : kept;
}
