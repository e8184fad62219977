import type { DocumentPiece, Segment } from "../../../core/article/article-document";
import { DocumentBuilder } from "../../../core/article/document-builder";
import { addTrimmedSegment } from "./add-trimmed-segment";

/**
 * Plain text, line by line: each line is a segment, and line breaks and the spaces around
 * lines come back exactly as sent (nothing is joined, trimmed or dropped, unlike an article).
 */
export function segmentPlainText(text: string): { segments: Segment[]; body: DocumentPiece[] } {
  const builder = new DocumentBuilder("text");
  for (const part of text.split(/(\r?\n)/)) {
    if (part === "\n" || part === "\r\n") builder.addLiteral(part);
    else addTrimmedSegment(builder, part);
  }
  return { segments: builder.segments, body: builder.finish() };
}
