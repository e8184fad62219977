import { lastLineMatch } from "./last-line-match";
import type { PromptSegment } from "./worker-prompt";

/** The text before the article (the header lines) and the article's segments. */
export interface ArticleBlock {
  readonly header: string;
  readonly segments: readonly PromptSegment[];
}

const articleOpenLine = /^[ \t]*<article>[ \t]*$/m;
const articleCloseLine = /^[ \t]*<\/article>[ \t]*$/gm;
const segmentLine = /^\[\[([^\]\s]+)((?: [A-Za-z][A-Za-z-]*)*)\]\][ \t]?(.*)$/;

/**
 * The `<article>` block that follows `headerIndex`, up to the last `</article>` line.
 * Only line-anchored tags count, so the system rules that mention `<article>` inline do not
 * confuse it when system and user text arrive as one message.
 */
export function readArticleBlock(text: string, headerIndex: number): ArticleBlock | undefined {
  const open = articleOpenLine.exec(text.slice(headerIndex));
  if (!open) return undefined;
  const bodyStart = headerIndex + open.index + open[0].length;
  const close = lastLineMatch(articleCloseLine, text.slice(bodyStart));
  if (!close) return undefined;
  return {
    header: text.slice(0, bodyStart),
    segments: readSegments(text.slice(bodyStart, bodyStart + close.index)),
  };
}

/** Every line is `[[id]] text`; a stray line without a marker continues the previous segment. */
function readSegments(body: string): PromptSegment[] {
  const segments: { id: string; markerCodes: string[]; text: string }[] = [];
  for (const rawLine of body.split("\n")) {
    const line = rawLine.trim();
    if (line === "") continue;
    const match = segmentLine.exec(line);
    if (match) {
      const markerCodes = (match[2] ?? "").split(" ").filter(Boolean);
      segments.push({ id: match[1] ?? "", markerCodes, text: (match[3] ?? "").trim() });
      continue;
    }
    const previous = segments.at(-1);
    if (previous) previous.text = `${previous.text} ${line}`.trim();
  }
  return segments;
}
