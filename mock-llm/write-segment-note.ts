import { limitWords } from "./limit-words";
import { languageTag, pseudoTranslate, stripLanguageTag } from "./pseudo-translate";
import type { GlossaryRule } from "./read-glossary-lines";
import { splitSentences } from "./split-sentences";

/** Words after the `[ENG]` tag: the prompt allows 8 words and the tag counts as one. */
const maxNoteWords = 7;

/**
 * The English note the summary prompt asks for on one segment: its first sentence in
 * "Franglais" with the glossary's English forms, cut to 8 words with the tag. A segment without text gets a stock note.
 */
export function writeSegmentNote(
  segmentText: string,
  glossary: readonly GlossaryRule[] = [],
): string {
  const first = splitSentences(segmentText)[0];
  const english =
    first === undefined ? "" : stripLanguageTag(pseudoTranslate(first, "en", glossary));
  const body = english === "" ? "No key facts." : limitWords(english, maxNoteWords);
  return `${languageTag("en")} ${body}`;
}
