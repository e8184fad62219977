import type { HtmlDocumentBuilder } from "./html-document-builder";
import { classifyHtmlElement, keepsAttributes } from "./html-element-kinds";
import { HtmlInlineRun } from "./html-inline-run";
import { roleOfBlocks } from "./html-segment-role";
import type { EndTagToken, HtmlToken, StartTagToken } from "./html-token";
import { htmlReading, type MarkupReading } from "./markup-reading";
import type { HtmlStructureVisitor, OpenElement } from "./walk-html-structure";

/**
 * Cuts an HTML body into segments while its element tree is walked: each block's direct
 * inline content is one segment; block tags are literal; opaque elements (code, embeds,
 * scripts…) are copied verbatim, as one token when they sit inside a paragraph, except for
 * the `alt` and `title` values of a reader-facing one's start tag, which are translated.
 */
export class HtmlBodySegmenter implements HtmlStructureVisitor {
  private readonly run: HtmlInlineRun;
  private readonly blocks: OpenElement[] = [];
  private verbatim: { readonly element: OpenElement; readonly inline: boolean } | null = null;

  constructor(
    private readonly builder: HtmlDocumentBuilder,
    private readonly reading: MarkupReading = htmlReading,
  ) {
    this.run = new HtmlInlineRun(builder);
  }

  startElement(element: OpenElement): void {
    if (this.verbatim !== null) return;
    const kind = classifyHtmlElement(element.tag, this.reading);
    if (kind === "opaque-block" || kind === "opaque-inline") {
      this.verbatim = { element, inline: kind === "opaque-inline" };
    } else if (kind === "inline") {
      this.run.addTag(element.tag, element.id);
    } else {
      this.flush();
      this.blocks.push(element);
      this.builder.addTag(element.tag);
    }
  }

  endElement(element: OpenElement, endTag: EndTagToken | null, offset: number): void {
    if (this.verbatim !== null) {
      if (this.verbatim.element === element) this.endVerbatim(element, offset);
      return;
    }
    if (this.blocks.at(-1) !== element) {
      if (endTag !== null) this.run.addEndTag(this.builder.source(endTag), element.id);
      return;
    }
    this.flush();
    this.blocks.pop();
    if (endTag !== null) this.builder.addLiteral(this.builder.source(endTag));
  }

  leaf(token: HtmlToken): void {
    if (this.verbatim !== null) return;
    if (token.kind === "text") this.run.addText(this.builder.source(token));
    else if (token.kind === "comment") this.run.addVerbatim(this.builder.source(token));
    else if (token.kind === "end-tag") this.addBlockLiteral(this.builder.source(token));
    else this.addVoidElement(token);
  }

  finish(): void {
    this.flush();
  }

  private addVoidElement(tag: StartTagToken): void {
    const kind = classifyHtmlElement(tag, this.reading);
    if (kind === "inline") this.run.addTag(tag, null);
    else if (kind === "opaque-inline" && keepsAttributes(tag, this.reading)) {
      this.run.addVerbatim(this.builder.source(tag));
    } else if (kind === "opaque-inline") this.run.addTag(tag, null);
    else if (kind === "opaque-block") this.addBlockLiteral(this.builder.source(tag));
    else {
      this.flush();
      this.builder.addTag(tag);
    }
  }

  /** The whole element, from its start tag to the end of its end tag, copied as is. */
  private endVerbatim(element: OpenElement, offset: number): void {
    const inline = this.verbatim?.inline ?? false;
    this.verbatim = null;
    const { tag } = element;
    const source = this.builder.source({ start: tag.start, end: offset });
    if (keepsAttributes(tag, this.reading)) {
      if (inline) this.run.addVerbatim(source);
      else this.addBlockLiteral(source);
    } else if (inline) {
      this.run.addEmbedded(tag, this.builder.source({ start: tag.end, end: offset }));
    } else {
      this.flush();
      this.builder.addTag(tag);
      this.builder.addLiteral(this.builder.source({ start: tag.end, end: offset }));
    }
  }

  private addBlockLiteral(source: string): void {
    this.flush();
    this.builder.addLiteral(source);
  }

  private flush(): void {
    this.run.flush(() => roleOfBlocks(this.blocks));
  }
}
