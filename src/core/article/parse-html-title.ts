import type { Segment } from "./article-document";
import { classifyHtmlElement } from "./html-element-kinds";
import { HtmlSegmentAssembler } from "./html-segment-assembler";
import type { EndTagToken, HtmlToken } from "./html-token";
import { tokenizeHtml } from "./html-tokenizer";
import { loneSurrogates } from "./normalize-text";
import {
  type HtmlStructureVisitor,
  type OpenElement,
  walkHtmlStructure,
} from "./walk-html-structure";

/**
 * An HTML title is one segment: every tag is a token, embedded elements are one token each.
 * Attribute values inside a title stay as written (a title has no other segments to hold
 * them). Throws MalformedHtmlError like the body.
 */
export function parseHtmlTitle(title: string): Segment | null {
  const html = title.replace(loneSurrogates, "\uFFFD").replace(/\r\n?/g, "\n").trim();
  if (html === "") return null;
  const collector = new TitleCollector(html);
  walkHtmlStructure(html, tokenizeHtml(html), collector);
  return collector.assembler.toSegment("title");
}

class TitleCollector implements HtmlStructureVisitor {
  readonly assembler = new HtmlSegmentAssembler();
  private verbatim: OpenElement | null = null;

  constructor(private readonly html: string) {}

  startElement(element: OpenElement): void {
    if (this.verbatim !== null) return;
    if (classifyHtmlElement(element.tag).startsWith("opaque")) this.verbatim = element;
    else this.assembler.addOpeningTag(this.source(element.tag), element.id);
  }

  endElement(element: OpenElement, endTag: EndTagToken | null, offset: number): void {
    if (this.verbatim === element) {
      this.verbatim = null;
      this.assembler.addToken(this.source({ start: element.tag.start, end: offset }));
    } else if (this.verbatim === null && endTag !== null) {
      this.assembler.addClosingTag(this.source(endTag), element.id);
    }
  }

  leaf(token: HtmlToken): void {
    if (this.verbatim !== null) return;
    if (token.kind === "text") this.assembler.addSourceText(this.source(token));
    else this.assembler.addToken(this.source(token));
  }

  private source(token: { readonly start: number; readonly end: number }): string {
    return this.html.slice(token.start, token.end);
  }
}
