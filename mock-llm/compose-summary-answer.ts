import { deriveSummaryBullets } from "./derive-summary-bullets";
import type { SummaryPrompt } from "./worker-prompt";
import { writeSegmentNote } from "./write-segment-note";

/**
 * A `[[id]] [ENG] note` line per id in `Notes:`, then for each language in `Summaries:` a
 * `[[summary CODE]]` line and exactly `Bullets:` lines `- [XX] bullet`, then `[[end]]`.
 */
export function composeSummaryAnswer(prompt: SummaryPrompt): string {
  const notes = prompt.noteIds.map((id) => `[[${id}]] ${noteOn(prompt, id)}`);
  const summaries = prompt.languageCodes.flatMap((code) => [
    `[[summary ${code}]]`,
    ...bulletLines(prompt, code.toLowerCase()),
  ]);
  return [...notes, ...summaries, "[[end]]"].join("\n");
}

function bulletLines(prompt: SummaryPrompt, code: string): string[] {
  const bullets = deriveSummaryBullets(prompt.segments, prompt.bullets, code, prompt.glossary);
  return bullets.map((bullet) => `- ${bullet}`);
}

function noteOn(prompt: SummaryPrompt, id: string): string {
  const segment = prompt.segments.find((candidate) => candidate.id === id);
  return writeSegmentNote(segment?.text ?? "", prompt.glossary);
}
