import { readFileSync } from "node:fs";

const promptsDirectory = new URL("../../../prompts/", import.meta.url);

/** A prompt template of the worker (`prompts/NAME`), as written. */
export function readTemplate(name: string): string {
  return readFileSync(new URL(name, promptsDirectory), "utf8");
}

/** Fills `{{name}}` like the worker does; unknown names become "". */
export function renderTemplate(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => values[name] ?? "");
}

/** The two messages of one call. */
export interface PromptText {
  readonly system: string;
  readonly user: string;
}

/** An article line: `[id, text]`. */
export type SegmentLine = readonly [string, string];

export function segmentLines(segments: readonly SegmentLine[]): string {
  return segments.map(([id, text]) => `[[${id}]] ${text}`).join("\n");
}
