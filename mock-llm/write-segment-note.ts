import { limitWords } from "./limit-words";
import { languageTag, rewriteWords } from "./pseudo-translate";
import { splitSentences } from "./split-sentences";

/** Words after the `[EN]` tag: the prompt allows 8 words and the tag counts as one. */
const maxNoteWords = 7;

/**
 * The English note the summary prompt asks for on one segment: its first sentence in
 * "Franglais", cut to 8 words with the tag. A segment without text gets a stock note.
 */
export function writeSegmentNote(segmentText: string): string {
  const first = splitSentences(segmentText)[0];
  const body =
    first === undefined ? "No key facts." : limitWords(rewriteWords(first, "en"), maxNoteWords);
  return `${languageTag("en")} ${body}`;
}
