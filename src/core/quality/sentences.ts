/** A sentence ends with . ! ? or … (and closing quotes), before a capital, a digit or a quote. */
const sentenceBreak = /(?<=[.!?…][»"”’)]*)\s+(?=[«"“„(\p{Lu}\p{N}])/u;

/** Splits a segment into sentences (segments from news articles often hold two or three). */
export function splitSentences(text: string): string[] {
  return text.split(sentenceBreak).filter((sentence) => sentence.trim().length > 0);
}
