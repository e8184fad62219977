/**
 * Above this many characters a paragraph (text or Markdown) is cut into several segments,
 * between sentences: so that no single segment holds up the calls or outgrows one answer.
 * News paragraphs are far shorter (the longest in the evaluation articles has 1,505).
 */
export const maxSegmentCharacters = 2_000;

/** Spaces after . ! ? or … (and closing quotes), before a capital, a digit or an opening quote. */
const sentenceBreak = /(?<=[.!?…][»"”’)]*)\s+(?=[«"“„(\p{Lu}\p{N}])/gu;
/** `M. Dupont`, `Mme Durand`, `J.-C.`: a period that ends an abbreviation, not a sentence. */
const abbreviationBefore =
  /(?:^|[^\p{L}])(?:\p{Lu}{1,2}|Mme|Mlle|Mgr|Dr|Pr|St|Ste|Me|cf|av|apr|J\.-C)\.[»"”’)]*$/u;

export interface TextPiece {
  readonly text: string;
  /** The spaces that followed this piece in the paragraph ("" for the last one). */
  readonly after: string;
}

interface SentenceBreak {
  readonly start: number;
  readonly end: number;
}

function sentenceBreaks(text: string): SentenceBreak[] {
  return [...text.matchAll(sentenceBreak)]
    .filter(
      (found) => !abbreviationBefore.test(text.slice(Math.max(0, found.index - 8), found.index)),
    )
    .map((found) => ({ start: found.index, end: found.index + found[0].length }));
}

/**
 * The text in pieces of at most `limit` characters, each ending at a sentence's end; a
 * sentence longer than the limit stays whole. Short texts come back as they are.
 */
export function splitLongText(text: string, limit = maxSegmentCharacters): TextPiece[] {
  if (text.length <= limit) return [{ text, after: "" }];
  const pieces: TextPiece[] = [];
  let pieceStart = 0;
  let last: SentenceBreak | undefined;
  const cutAtLast = () => {
    if (last === undefined || last.start <= pieceStart) return;
    pieces.push({
      text: text.slice(pieceStart, last.start),
      after: text.slice(last.start, last.end),
    });
    pieceStart = last.end;
  };
  for (const found of sentenceBreaks(text)) {
    if (found.start - pieceStart > limit) cutAtLast();
    last = found;
  }
  if (text.length - pieceStart > limit) cutAtLast();
  pieces.push({ text: text.slice(pieceStart), after: "" });
  return pieces;
}
