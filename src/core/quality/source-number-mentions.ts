import { findNumberMentions } from "./find-number-mentions";
import type { NumberLocale } from "./number-locale";
import { createTextMemo } from "./text-memo";

const sourceLocale: NumberLocale = "fr";

/** The numbers of a French source text: the same for every target language, found once. */
export const sourceNumberMentions = createTextMemo((source) =>
  findNumberMentions(source, sourceLocale),
);
