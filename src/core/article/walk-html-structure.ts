import {
  foreignElements,
  impliesEndOf,
  optionalEndElements,
  voidElements,
} from "./html-element-kinds";
import type { EndTagToken, HtmlToken, StartTagToken } from "./html-token";
import { describeHtmlPosition, MalformedHtmlError } from "./malformed-html-error";
import { htmlReading, type MarkupReading } from "./markup-reading";

/** The deepest element nesting accepted; deeper input is rejected as malformed. */
export const maxHtmlNestingDepth = 64;
const maxReportedProblems = 10;

export interface OpenElement {
  readonly id: number;
  readonly tag: StartTagToken;
  /** Inside (or is) an `<svg>` or `<math>` element, or read as XML: ends only with its end tag. */
  readonly foreign: boolean;
}

export interface HtmlStructureVisitor {
  startElement(element: OpenElement): void;
  /** `endTag` is null when the end is implied; `offset` is where the element's source ends. */
  endElement(element: OpenElement, endTag: EndTagToken | null, offset: number): void;
  /** Text, comments, void elements, self-closed foreign elements and a stray `</p>`. */
  leaf(token: HtmlToken): void;
}

/**
 * Replays the tokens as an element tree and tells the visitor where each element starts and
 * ends. Accepted: what HTML allows without a structural parse error, i.e. omitted optional end
 * tags (`<p>`, `<li>`, `<td>`…), plus a stray `</p>` (HTML reads it as an empty paragraph, and
 * CMSs write `<p><figure>…</figure></p>`). Rejected, never repaired: a stray or misnested end
 * tag, an element left open that needs its end tag, an end tag on a void element, nesting
 * deeper than maxHtmlNestingDepth. A self-closing slash counts only in SVG and MathML, as in HTML.
 * Read as XML, every element is as in SVG: it may close itself, and only its end tag ends it
 * (`<br>` too: `<br/>` or `<br></br>`).
 */
export function walkHtmlStructure(
  html: string,
  tokens: readonly HtmlToken[],
  visitor: HtmlStructureVisitor,
  reading: MarkupReading = htmlReading,
): void {
  const walker = new StructureWalker(html, visitor, reading.xml ?? false);
  for (const token of tokens) walker.accept(token);
  walker.finish();
}

class StructureWalker {
  private readonly stack: OpenElement[] = [];
  private readonly problems: string[] = [];
  private nextId = 1;

  constructor(
    private readonly html: string,
    private readonly visitor: HtmlStructureVisitor,
    private readonly xml: boolean,
  ) {}

  accept(token: HtmlToken): void {
    if (token.kind === "start-tag") this.open(token);
    else if (token.kind === "end-tag") this.close(token);
    else this.visitor.leaf(token);
  }

  finish(): void {
    for (const element of this.stack.slice().reverse()) {
      if (!canOmitEnd(element))
        this.report(`<${element.tag.name}> is never closed`, element.tag.start);
    }
    this.popTo(0, this.html.length);
    if (this.problems.length > 0) throw this.malformed();
  }

  private open(tag: StartTagToken): void {
    const parent = this.stack.at(-1);
    const foreign = this.xml || (parent?.foreign ?? false) || foreignElements.has(tag.name);
    if (!parent?.foreign) this.closeImpliedBy(tag);
    if (this.isVoid(tag.name) || (foreign && tag.selfClosing)) {
      this.visitor.leaf(tag);
      return;
    }
    if (this.stack.length >= maxHtmlNestingDepth) {
      this.report(`elements nested deeper than ${maxHtmlNestingDepth}`, tag.start);
      throw this.malformed();
    }
    const element: OpenElement = { id: this.nextId, tag, foreign };
    this.nextId += 1;
    this.stack.push(element);
    this.visitor.startElement(element);
  }

  /** `<li>` after an open `<li>`, `<div>` after an open `<p>`…: close what the tag implies. */
  private closeImpliedBy(tag: StartTagToken): void {
    let target = -1;
    for (let index = this.stack.length - 1; index >= 0; index -= 1) {
      const element = this.stack[index];
      if (element === undefined || !canOmitEnd(element)) break;
      if (impliesEndOf(tag.name, element.tag.name)) target = index;
    }
    if (target >= 0) this.popTo(target, tag.start);
  }

  private malformed(): MalformedHtmlError {
    return new MalformedHtmlError(this.problems, this.xml ? "XML" : "HTML");
  }

  /** HTML's elements without content (`<br>`); XML has none: `<br/>` or `<br></br>`. */
  private isVoid(name: string): boolean {
    return !this.xml && voidElements.has(name);
  }

  private close(tag: EndTagToken): void {
    if (this.isVoid(tag.name)) {
      this.report(`end tag </${tag.name}> on a void element`, tag.start);
      return;
    }
    const index = this.stack.findLastIndex((element) => element.tag.name === tag.name);
    if (index === -1) {
      if (tag.name === "p") this.visitor.leaf(tag);
      else this.report(`stray </${tag.name}>`, tag.start);
      return;
    }
    for (const element of this.stack.slice(index + 1)) {
      if (!canOmitEnd(element)) {
        this.report(`</${tag.name}> closes <${element.tag.name}>, which is still open`, tag.start);
      }
    }
    this.popTo(index + 1, tag.start);
    const element = this.stack.pop();
    if (element !== undefined) this.visitor.endElement(element, tag, tag.end);
  }

  private popTo(depth: number, offset: number): void {
    while (this.stack.length > depth) {
      const element = this.stack.pop();
      if (element !== undefined) this.visitor.endElement(element, null, offset);
    }
  }

  private report(problem: string, offset: number): void {
    if (this.problems.length >= maxReportedProblems) return;
    this.problems.push(`${problem} (${describeHtmlPosition(this.html, offset)})`);
  }
}

function canOmitEnd(element: OpenElement): boolean {
  return !element.foreign && optionalEndElements.has(element.tag.name);
}
