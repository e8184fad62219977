import type { DocumentPiece, Segment } from "../../../core/article/article-document";

export interface TextParts {
  readonly segments: readonly Segment[];
  readonly body: readonly DocumentPiece[];
}

/**
 * The parts of several texts as one body, `separator` between texts: every segment index
 * (in the body, and in HTML attribute holes) is shifted past the previous texts' segments.
 */
export function mergeTextParts(parts: readonly TextParts[], separator: string): TextParts {
  const segments: Segment[] = [];
  const body: DocumentPiece[] = [];
  parts.forEach((part, index) => {
    if (index > 0) body.push({ literal: separator });
    const offset = segments.length;
    segments.push(...part.segments.map((segment) => shiftSegment(segment, offset)));
    body.push(...part.body.map((piece) => shiftPiece(piece, offset)));
  });
  return { segments, body };
}

function shiftPiece(piece: DocumentPiece, offset: number): DocumentPiece {
  return "literal" in piece ? piece : { segmentIndex: piece.segmentIndex + offset };
}

function shiftSegment(segment: Segment, offset: number): Segment {
  if (!segment.markup || offset === 0) return segment;
  const attributeHoles = segment.markup.attributeHoles.map((hole) => ({
    ...hole,
    segmentIndex: hole.segmentIndex + offset,
  }));
  return { ...segment, markup: { ...segment.markup, attributeHoles } };
}
