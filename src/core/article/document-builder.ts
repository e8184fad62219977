import type { DocumentPiece, Segment, SegmentRole } from "./article-document";
import { type LinkTitles, linkTitles } from "./markdown-link-titles";
import { protectInlineMarkup } from "./protect-inline-markup";
import { splitLongText } from "./split-long-text";

const noTitles: LinkTitles = { holes: [], segments: [] };

/** Accumulates literal text and segments in document order while a parser walks the input. */
export class DocumentBuilder {
  readonly segments: Segment[] = [];
  readonly pieces: DocumentPiece[] = [];
  private literal = "";

  constructor(private readonly format: "text" | "markdown") {}

  addLiteral(text: string): void {
    this.literal += text;
  }

  /**
   * Adds a segment, or several when the text is longer than a segment may be (cut between
   * sentences, the spaces between them kept literal).
   */
  addSegment(role: SegmentRole, text: string): void {
    for (const piece of splitLongText(text)) {
      this.addOneSegment(role, piece.text);
      this.addLiteral(piece.after);
    }
  }

  /**
   * Adds a segment; text that has no letter (numbers, punctuation) stays literal. In Markdown,
   * the titles of its links and images follow it as segments of their own.
   */
  private addOneSegment(role: SegmentRole, text: string): void {
    if (!/\p{L}/u.test(text)) {
      this.addLiteral(text);
      return;
    }
    this.flushLiteral();
    const { text: protectedText, protectedParts } = protectInlineMarkup(text, this.format);
    const segmentIndex = this.segments.length;
    const titles =
      this.format === "markdown" ? linkTitles(protectedParts, segmentIndex + 1) : noTitles;
    const markup = { pairs: [], boundaries: [], attributeHoles: titles.holes };
    this.segments.push({
      role,
      text: protectedText,
      protectedParts,
      ...(titles.holes.length > 0 ? { markup } : {}),
    });
    this.pieces.push({ segmentIndex });
    this.segments.push(...titles.segments);
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
