import type { UnitId } from "../plan/translation-job";
import { answerMarkerLine } from "./parse-translation-output";

/**
 * Reads an answer as it streams in and reports each segment as soon as the next marker
 * shows it is complete. What it reports is not validated yet: the final result is.
 */
export function createSegmentStreamParser(
  onSegment: (unitId: UnitId, languageCode: string | undefined, text: string) => void,
): (delta: string) => void {
  let buffer = "";
  let current: { unitId: UnitId; languageCode: string | undefined; lines: string[] } | undefined;
  const emitCurrent = () => {
    const text =
      current?.lines
        .map((line) => line.trim())
        .filter(Boolean)
        .join(" ") ?? "";
    if (current && text !== "") onSegment(current.unitId, current.languageCode, text);
    current = undefined;
  };
  const readLine = (line: string) => {
    const match = answerMarkerLine.exec(line);
    if (!match) {
      current?.lines.push(line);
      return;
    }
    emitCurrent();
    const [, id = "", languageCode, rest = ""] = match;
    if (id === "title") current = { unitId: "title", languageCode, lines: [rest] };
    else if (/^\d+$/.test(id)) current = { unitId: Number(id), languageCode, lines: [rest] };
  };
  return (delta) => {
    buffer += delta;
    let newline = buffer.indexOf("\n");
    while (newline !== -1) {
      readLine(buffer.slice(0, newline));
      buffer = buffer.slice(newline + 1);
      newline = buffer.indexOf("\n");
    }
    if (buffer.trim() === "[[end]]") {
      readLine(buffer);
      buffer = "";
    }
  };
}
