/** One `[[id]] text` line of the article. */
export interface PromptSegment {
  /** `title` or a number, as written in the marker. */
  readonly id: string;
  readonly text: string;
}

/** What the answer must contain, per the `Task:` line. */
export type PromptTask = "translate and summarize" | "translate" | "summarize";

export interface TranslationPrompt {
  /** From `Target language code: kk`. */
  readonly targetCode: string;
  /** From `Summary bullets: 5`; 0 means no summary. */
  readonly summaryBullets: number;
  readonly task: PromptTask;
  readonly segments: readonly PromptSegment[];
}

const targetCodeLine = /^[ \t]*Target language code:[ \t]*([A-Za-z][A-Za-z-]*)[ \t]*$/gm;
const summaryBulletsLine = /^[ \t]*Summary bullets:[ \t]*(\d+)[ \t]*$/gm;
const taskLine = /^[ \t]*Task:[ \t]*(.+?)[ \t]*$/gm;
const articleOpenLine = /^[ \t]*<article>[ \t]*$/m;
const articleCloseLine = /^[ \t]*<\/article>[ \t]*$/gm;
const segmentLine = /^\[\[([^\]\s]+)\]\][ \t]?(.*)$/;
const maxSummaryBullets = 50;

/**
 * Reads the worker's translation prompt (prompts/translate-user.md, filled in) from the text
 * of the last user message; `undefined` when the text is not such a prompt.
 * Only line-anchored `<article>` tags count, so the system rules that mention
 * `<article>` inline do not confuse it when system and user text arrive as one message.
 */
export function parseTranslationPrompt(text: string): TranslationPrompt | undefined {
  const normalized = text.replace(/\r\n?/g, "\n");
  const targetCode = lastMatch(targetCodeLine, normalized);
  if (!targetCode) return undefined;

  const afterHeader = normalized.slice(targetCode.index);
  const open = articleOpenLine.exec(afterHeader);
  if (!open) return undefined;
  const bodyStart = targetCode.index + open.index + open[0].length;
  const close = lastMatch(articleCloseLine, normalized.slice(bodyStart));
  if (!close) return undefined;

  const header = normalized.slice(0, bodyStart);
  const bullets = lastMatch(summaryBulletsLine, header);
  const task = lastMatch(taskLine, header);
  const summaryBullets = Math.min(maxSummaryBullets, Number(bullets?.value ?? "0"));
  return {
    targetCode: targetCode.value.toLowerCase(),
    summaryBullets,
    task: readTask(task?.value, summaryBullets),
    segments: readSegments(normalized.slice(bodyStart, bodyStart + close.index)),
  };
}

function readTask(value: string | undefined, summaryBullets: number): PromptTask {
  const task = value?.toLowerCase();
  if (task === "translate and summarize" || task === "translate" || task === "summarize") {
    return task;
  }
  return summaryBullets > 0 ? "translate and summarize" : "translate";
}

/** Every line is `[[id]] text`; a stray line without a marker continues the previous segment. */
function readSegments(body: string): PromptSegment[] {
  const segments: { id: string; text: string }[] = [];
  for (const rawLine of body.split("\n")) {
    const line = rawLine.trimEnd();
    if (line.trim() === "") continue;
    const match = segmentLine.exec(line.trimStart());
    if (match) {
      segments.push({ id: match[1] ?? "", text: (match[2] ?? "").trim() });
      continue;
    }
    const previous = segments.at(-1);
    if (previous) previous.text = `${previous.text} ${line.trim()}`.trim();
  }
  return segments;
}

function lastMatch(
  pattern: RegExp,
  text: string,
): { readonly value: string; readonly index: number } | undefined {
  let found: { value: string; index: number } | undefined;
  for (const match of text.matchAll(pattern)) {
    found = { value: match[1] ?? match[0], index: match.index };
  }
  return found;
}
