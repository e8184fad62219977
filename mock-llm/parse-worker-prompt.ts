import { type LineMatch, lastLineMatch } from "./last-line-match";
import { type ArticleBlock, readArticleBlock } from "./read-article-block";
import { readGlossaryLines } from "./read-glossary-lines";
import type {
  PromptSegment,
  SummaryPrompt,
  SummarySegment,
  TranslationPrompt,
  WorkerPrompt,
} from "./worker-prompt";

const languageLine = /^[ \t]*Languages?:[ \t]*([A-Za-z][A-Za-z, \t-]*?)[ \t]*$/gm;
const headlineLine = /^[ \t]*Headline, for context only:[ \t]*(.*?)[ \t]*$/gm;
const summariesLine = /^[ \t]*Summaries:[ \t]*(.*?)[ \t]*$/gm;
const notesLine = /^[ \t]*Notes:[ \t]*(.*?)[ \t]*$/gm;
const bulletsLine = /^[ \t]*Bullets:[ \t]*(\d+)[ \t]*$/gm;
const maxBullets = 50;

/**
 * Reads the worker's prompt (prompts/translate-user.md or prompts/summary-user.md, filled in)
 * from the text of the last user message; `undefined` when the text is neither.
 * A `Language:` line makes a translation call, a `Summaries:` line a summary call; when both
 * appear, the one nearer the `<article>` block wins.
 */
export function parseWorkerPrompt(text: string): WorkerPrompt | undefined {
  const normalized = text.replace(/\r\n?/g, "\n");
  const language = lastLineMatch(languageLine, normalized);
  const summaries = lastLineMatch(summariesLine, normalized);
  const anchor = laterOf(language, summaries);
  if (!anchor) return undefined;
  const article = readArticleBlock(normalized, anchor.index);
  if (!article) return undefined;
  return anchor === summaries
    ? readSummaryPrompt(anchor.value, article)
    : readTranslationPrompt(anchor.value, article);
}

function laterOf(
  first: LineMatch | undefined,
  second: LineMatch | undefined,
): LineMatch | undefined {
  if (!first || !second) return first ?? second;
  return second.index > first.index ? second : first;
}

function readTranslationPrompt(codes: string, article: ArticleBlock): TranslationPrompt {
  const targetCodes = splitList(codes).map((code) => code.toLowerCase());
  return {
    kind: "translation",
    targetCodes,
    headline: lastLineMatch(headlineLine, article.header)?.value,
    glossary: readGlossaryLines(article.header, targetCodes),
    segments: article.segments.map((segment) => ({
      ...segment,
      languageCodes:
        segment.markerCodes.length > 0
          ? segment.markerCodes.map((code) => code.toLowerCase())
          : targetCodes,
    })),
  };
}

function readSummaryPrompt(codes: string, article: ArticleBlock): SummaryPrompt {
  const notes = lastLineMatch(notesLine, article.header)?.value ?? "none";
  const bullets = Number(lastLineMatch(bulletsLine, article.header)?.value ?? "0");
  const languageCodes = splitList(codes);
  return {
    kind: "summary",
    noteIds: splitList(notes).filter((id) => id.toLowerCase() !== "none"),
    languageCodes,
    bullets: Math.min(maxBullets, bullets),
    glossary: readGlossaryLines(
      article.header,
      languageCodes.map((code) => code.toLowerCase()),
    ),
    segments: article.segments.map(readSummarySegment),
  };
}

/** `3, 5` → `["3", "5"]`. */
function splitList(value: string): string[] {
  return value.split(/[\s,]+/).filter((item) => item !== "");
}

/** A note line is `[[id en]] text`. */
function readSummarySegment(segment: PromptSegment): SummarySegment {
  return { ...segment, isNote: segment.markerCodes.includes("en") };
}
