/** An answer line `[[id]] text` or `[[id xx]] text` (a segment in language xx). */
export interface AnswerLine {
  readonly id: string;
  /** The language code of the marker, when it has one. */
  readonly code?: string;
  readonly text: string;
}

/** A translation answer split into its parts, failing loudly when the shape is wrong. */
export interface TranslationAnswer {
  readonly segments: readonly AnswerLine[];
  readonly endsWithEnd: boolean;
}

/** A summary answer: the notes, then the bullets of each language. */
export interface SummaryAnswer {
  readonly notes: readonly AnswerLine[];
  readonly summaries: ReadonlyMap<string, readonly string[]>;
  readonly endsWithEnd: boolean;
}

const markerLine = /^\[\[([^\]]+)\]\] (.*)$/;
const summaryLine = /^\[\[summary ([a-z-]+)\]\]$/;

export function parseTranslationAnswer(text: string): TranslationAnswer {
  const lines = text.split("\n");
  const segments = linesBeforeEnd(lines).map(readMarkerLine);
  return { segments, endsWithEnd: lines.at(-1) === "[[end]]" };
}

export function parseSummaryAnswer(text: string): SummaryAnswer {
  const lines = text.split("\n");
  const notes: AnswerLine[] = [];
  const summaries = new Map<string, string[]>();
  let bullets: string[] | undefined;
  for (const line of linesBeforeEnd(lines)) {
    const code = summaryLine.exec(line)?.[1];
    if (code !== undefined) {
      bullets = [];
      summaries.set(code, bullets);
    } else if (bullets) {
      if (!line.startsWith("- ")) throw new Error(`not a bullet: ${line}`);
      bullets.push(line.slice(2));
    } else {
      notes.push(readMarkerLine(line));
    }
  }
  return { notes, summaries, endsWithEnd: lines.at(-1) === "[[end]]" };
}

function linesBeforeEnd(lines: readonly string[]): readonly string[] {
  const end = lines.indexOf("[[end]]");
  return end === -1 ? lines : lines.slice(0, end);
}

function readMarkerLine(line: string): AnswerLine {
  const match = markerLine.exec(line);
  if (!match) throw new Error(`not a segment line: ${line}`);
  const [id = "", code] = (match[1] ?? "").split(" ");
  return { id, ...(code ? { code } : {}), text: match[2] ?? "" };
}
