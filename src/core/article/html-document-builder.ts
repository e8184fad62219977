import type { DocumentPiece, Segment } from "./article-document";
import { attributeValueSegment, templateTag } from "./html-tag-template";
import type { StartTagToken } from "./html-token";

/** Accumulates literal HTML and segments in document order while the reader walks the body. */
export class HtmlDocumentBuilder {
  readonly segments: Segment[] = [];
  private readonly pieces: DocumentPiece[] = [];
  private literal = "";

  constructor(readonly html: string) {}

  addLiteral(text: string): void {
    this.literal += text;
  }

  /** A segment whose translation fills a hole at this point of the body. */
  addHole(segment: Segment): void {
    const segmentIndex = this.addSegment(segment);
    this.flushLiteral();
    this.pieces.push({ segmentIndex });
  }

  /** A segment referenced from inside another segment's token (an attribute value). */
  addSegment(segment: Segment): number {
    this.segments.push(segment);
    return this.segments.length - 1;
  }

  /** A start tag written as is, with holes for its translatable attribute values. */
  addTag(tag: StartTagToken): void {
    const { chunks, values } = templateTag(this.html, tag);
    values.forEach((value, index) => {
      this.addLiteral(chunks[index] ?? "");
      this.addHole(attributeValueSegment(value));
    });
    this.addLiteral(chunks.at(-1) ?? "");
  }

  source(token: { readonly start: number; readonly end: number }): string {
    return this.html.slice(token.start, token.end);
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
