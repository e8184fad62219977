import { limitWords } from "./limit-words";
import { languageTag, pseudoTranslate, stripLanguageTag } from "./pseudo-translate";
import type { GlossaryRule } from "./read-glossary-lines";
import { splitSentences } from "./split-sentences";
import type { SummarySegment } from "./worker-prompt";

const maxWordsPerBullet = 25;

/** A sentence to make a bullet of; `fromNote`: already English, taken from a note line (`[[id en]]`). */
interface Candidate {
  readonly sentence: string;
  readonly fromNote: boolean;
}

/**
 * Exactly `count` bullets in the language `code`, pseudo-translated like the segments (with
 * the glossary's forms): the first sentence of each body segment in order (a note line
 * gives its note), then the title, then second sentences and so on; when the article is too
 * short for that, the sentences are reused. ⟦n⟧ placeholders are left out.
 */
export function deriveSummaryBullets(
  segments: readonly SummarySegment[],
  count: number,
  code: string,
  glossary: readonly GlossaryRule[] = [],
): string[] {
  const candidates = candidateSentences(segments, count);
  return Array.from({ length: count }, (_unused, index) => {
    const candidate = candidates[index % Math.max(1, candidates.length)];
    return candidate
      ? renderBullet(candidate, code, glossary)
      : pseudoTranslate(`Key point ${index + 1}.`, code);
  });
}

/** An English note stays as it is in an English summary; everything else is pseudo-translated. */
function renderBullet(
  candidate: Candidate,
  code: string,
  glossary: readonly GlossaryRule[],
): string {
  if (candidate.fromNote && code === "en") return `${languageTag(code)} ${candidate.sentence}`;
  return pseudoTranslate(candidate.sentence, code, glossary);
}

function candidateSentences(segments: readonly SummarySegment[], count: number): Candidate[] {
  const ordered = [
    ...segments.filter((segment) => segment.id !== "title"),
    ...segments.filter((segment) => segment.id === "title"),
  ];
  const bySegment = ordered.map(segmentCandidates);
  const deepest = Math.max(0, ...bySegment.map((candidates) => candidates.length));
  const picked: Candidate[] = [];
  for (let depth = 0; depth < deepest && picked.length < count; depth += 1) {
    for (const candidates of bySegment) {
      const candidate = candidates[depth];
      if (candidate !== undefined && picked.length < count) picked.push(candidate);
    }
  }
  return picked;
}

function segmentCandidates(segment: SummarySegment): Candidate[] {
  const text = segment.isNote ? stripLanguageTag(segment.text) : segment.text;
  return splitSentences(text).map((sentence) => ({
    sentence: limitWords(sentence, maxWordsPerBullet),
    fromNote: segment.isNote,
  }));
}
