import type { SegmentRole } from "./article-document";
import type { HtmlDocumentBuilder } from "./html-document-builder";
import { HtmlSegmentAssembler } from "./html-segment-assembler";
import { attributeValueSegment, type TagTemplate, templateTag } from "./html-tag-template";
import type { StartTagToken } from "./html-token";
import { leadingHtmlWhitespace, trailingHtmlWhitespace } from "./html-whitespace";

type RunItem =
  | { readonly kind: "text"; readonly source: string }
  /** An inline element's opening tag (with its element id), or a void element's tag. */
  | { readonly kind: "tag"; readonly tag: StartTagToken; readonly elementId: number | null }
  | { readonly kind: "end-tag"; readonly source: string; readonly elementId: number }
  /** Comments and embedded elements (`<code>…</code>`, `<iframe>…</iframe>`), never translated. */
  | { readonly kind: "verbatim"; readonly source: string }
  /** An embedded element kept whole but for its start tag's alt and title values. */
  | { readonly kind: "embedded"; readonly tag: StartTagToken; readonly rest: string };

/**
 * The inline content of a block between two block boundaries: it becomes one segment whose
 * inline tags are ⟦n⟧ tokens, or stays literal when it has nothing to translate. Whitespace at
 * either end stays literal, outside the segment.
 */
export class HtmlInlineRun {
  private items: RunItem[] = [];

  constructor(private readonly builder: HtmlDocumentBuilder) {}

  addText(source: string): void {
    this.items.push({ kind: "text", source });
  }

  addTag(tag: StartTagToken, elementId: number | null): void {
    this.items.push({ kind: "tag", tag, elementId });
  }

  addEndTag(source: string, elementId: number): void {
    this.items.push({ kind: "end-tag", source, elementId });
  }

  addVerbatim(source: string): void {
    this.items.push({ kind: "verbatim", source });
  }

  /** An element copied as is after its start tag (`rest`: its content and end tag). */
  addEmbedded(tag: StartTagToken, rest: string): void {
    this.items.push({ kind: "embedded", tag, rest });
  }

  /** Ends the run; `role` is asked only if the run becomes a segment. */
  flush(role: () => SegmentRole): void {
    const items = splitEdgeWhitespace(this.items);
    this.items = [];
    if (items.middle.length === 0) {
      this.builder.addLiteral(items.leading + items.trailing);
      return;
    }
    this.builder.addLiteral(items.leading);
    const assembler = new HtmlSegmentAssembler();
    const tags = items.middle.map((item) => addToAssembler(assembler, item, this.builder));
    if (assembler.hasLetters()) this.addSegment(assembler, tags, role());
    else this.addLiterally(items.middle);
    this.builder.addLiteral(items.trailing);
  }

  /** The run's segment, followed by the alt and title values inside its tokens. */
  private addSegment(
    assembler: HtmlSegmentAssembler,
    tags: ReadonlyArray<{ readonly token: number; readonly template: TagTemplate } | null>,
    role: SegmentRole,
  ): void {
    const values: string[] = [];
    const firstValueIndex = this.builder.segments.length + 1;
    for (const tag of tags) {
      if (tag === null) continue;
      let start = 0;
      tag.template.values.forEach((value, index) => {
        start += tag.template.chunks[index]?.length ?? 0;
        const segmentIndex = firstValueIndex + values.length;
        assembler.addAttributeHole({
          token: tag.token,
          start,
          end: start + value.length,
          segmentIndex,
        });
        values.push(value);
        start += value.length;
      });
    }
    this.builder.addHole(assembler.toSegment(role));
    for (const value of values) this.builder.addSegment(attributeValueSegment(value));
  }

  private addLiterally(items: readonly RunItem[]): void {
    for (const item of items) {
      if (item.kind === "tag") this.builder.addTag(item.tag);
      else if (item.kind === "embedded") {
        this.builder.addTag(item.tag);
        this.builder.addLiteral(item.rest);
      } else this.builder.addLiteral(item.source);
    }
  }
}

/** Adds an item's tokens; for a start tag, returns its token and template (for attribute holes). */
function addToAssembler(
  assembler: HtmlSegmentAssembler,
  item: RunItem,
  builder: HtmlDocumentBuilder,
): { readonly token: number; readonly template: TagTemplate } | null {
  if (item.kind === "text") assembler.addSourceText(item.source);
  else if (item.kind === "end-tag") assembler.addClosingTag(item.source, item.elementId);
  else if (item.kind === "verbatim") assembler.addToken(item.source);
  else {
    const template = templateTag(builder.html, item.tag);
    const part = template.chunks
      .map((chunk, index) => chunk + (template.values[index] ?? ""))
      .join("");
    if (item.kind === "embedded") return { token: assembler.addToken(part + item.rest), template };
    const token =
      item.elementId === null
        ? assembler.addToken(part)
        : assembler.addOpeningTag(part, item.elementId);
    return { token, template };
  }
  return null;
}

/** The run without the whitespace at its ends, which stays literal. */
function splitEdgeWhitespace(items: readonly RunItem[]): {
  readonly leading: string;
  readonly middle: RunItem[];
  readonly trailing: string;
} {
  const middle = [...items];
  const leading = cutLeadingWhitespace(middle);
  const trailing = cutTrailingWhitespace(middle);
  const nonEmpty = middle.filter((item) => item.kind !== "text" || item.source !== "");
  return { leading, middle: nonEmpty, trailing };
}

function cutLeadingWhitespace(items: RunItem[]): string {
  const first = items[0];
  if (first?.kind !== "text") return "";
  const whitespace = leadingHtmlWhitespace(first.source);
  items[0] = { kind: "text", source: first.source.slice(whitespace.length) };
  return whitespace;
}

function cutTrailingWhitespace(items: RunItem[]): string {
  const last = items.at(-1);
  if (last?.kind !== "text") return "";
  const whitespace = trailingHtmlWhitespace(last.source);
  items[items.length - 1] = {
    kind: "text",
    source: last.source.slice(0, last.source.length - whitespace.length),
  };
  return whitespace;
}
