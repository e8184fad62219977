const sentenceEnd = /(?<=[.!?…])\s+(?=\S)/u;

/**
 * The sentences of a segment, ready to quote in a note or a bullet: ⟦n⟧ placeholders left
 * out (a link `[text](⟦1⟧)` keeps its text), spaces tidied, empty sentences dropped.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(sentenceEnd)
    .map(cleanSentence)
    .filter((sentence) => sentence !== "");
}

function cleanSentence(sentence: string): string {
  return sentence
    .replace(/\[([^\]]*)\]\(⟦[^⟧]*⟧\)/g, "$1")
    .replace(/⟦[^⟧]*⟧/g, "")
    .replace(/\s+([.,;:!?])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}
