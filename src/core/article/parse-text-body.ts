import type { DocumentPiece, Segment } from "./article-document";
import { DocumentBuilder } from "./document-builder";

/** Plain text: paragraphs are separated by blank lines; the lines of a paragraph are joined. */
export function parseTextBody(paragraphs: readonly string[]): {
  segments: Segment[];
  body: DocumentPiece[];
} {
  const builder = new DocumentBuilder("text");
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) builder.addLiteral("\n\n");
    builder.addSegment("paragraph", paragraph.split("\n").join(" "));
  });
  return { segments: builder.segments, body: builder.finish() };
}
