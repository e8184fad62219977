import type { DocumentPiece, Segment, SegmentRole } from "./article-document";
import { protectInlineMarkup } from "./protect-inline-markup";

/** Accumulates literal text and segments in document order while a parser walks the input. */
export class DocumentBuilder {
  readonly segments: Segment[] = [];
  readonly pieces: DocumentPiece[] = [];
  private literal = "";

  constructor(private readonly format: "text" | "markdown") {}

  addLiteral(text: string): void {
    this.literal += text;
  }

  /** Adds a segment; text that has no letter (numbers, punctuation) stays literal. */
  addSegment(role: SegmentRole, text: string): void {
    if (!/\p{L}/u.test(text)) {
      this.addLiteral(text);
      return;
    }
    this.flushLiteral();
    const { text: protectedText, protectedParts } = protectInlineMarkup(text, this.format);
    this.segments.push({ role, text: protectedText, protectedParts });
    this.pieces.push({ segmentIndex: this.segments.length - 1 });
  }

  finish(): DocumentPiece[] {
    this.flushLiteral();
    return this.pieces;
  }

  private flushLiteral(): void {
    if (this.literal !== "") {
      this.pieces.push({ literal: this.literal });
      this.literal = "";
    }
  }
}
