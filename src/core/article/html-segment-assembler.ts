import type { Segment, SegmentRole } from "./article-document";
import { decodeHtmlText } from "./decode-html-text";
import { escapeHtmlText } from "./html-escape";
import type { AttributeHole, TokenPair } from "./html-segment-markup";
import { placeholderPattern, protectInlineMarkup } from "./protect-inline-markup";

const htmlWhitespace = /[\t\n\f\r ]+/g;
/** Source text that already looks like a token is protected, so it cannot be confused with one. */
const tokenLikeText = /⟦\d+⟧/g;

/**
 * Builds one HTML segment: decoded text for the model, and a ⟦n⟧ token for every tag, comment,
 * embedded element, kept character reference, URL or e-mail address. Every protected part is
 * HTML source, ready to be put back as is. Runs of HTML whitespace become one space.
 */
export class HtmlSegmentAssembler {
  private text = "";
  private readonly protectedParts: string[] = [];
  private readonly pairs: TokenPair[] = [];
  private readonly boundaries: number[] = [];
  private readonly attributeHoles: AttributeHole[] = [];
  /** Token of each opening tag still waiting for its closing tag, by element id. */
  private readonly openTokens = new Map<number, number>();

  /** Raw HTML text: character references decoded, URLs and e-mail addresses protected. */
  addSourceText(source: string): void {
    for (const piece of decodeHtmlText(source)) {
      if ("text" in piece) this.addDecodedText(piece.text);
      else this.addToken(piece.keptReference);
    }
  }

  addToken(part: string): number {
    this.protectedParts.push(part);
    this.text += `⟦${this.protectedParts.length}⟧`;
    return this.protectedParts.length;
  }

  addOpeningTag(part: string, elementId: number): number {
    const token = this.addToken(part);
    this.openTokens.set(elementId, token);
    return token;
  }

  addClosingTag(part: string, elementId: number): void {
    const token = this.addToken(part);
    const open = this.openTokens.get(elementId);
    if (open === undefined) {
      this.boundaries.push(token);
      return;
    }
    this.pairs.push({ open, close: token });
    this.openTokens.delete(elementId);
  }

  addAttributeHole(hole: AttributeHole): void {
    this.attributeHoles.push(hole);
  }

  /** Text outside the tokens has a letter: something to translate. */
  hasLetters(): boolean {
    return /\p{L}/u.test(this.text.replace(placeholderPattern, ""));
  }

  toSegment(role: SegmentRole): Segment {
    const boundaries = [...this.boundaries, ...this.openTokens.values()].sort((a, b) => a - b);
    return {
      role,
      text: this.text.replace(htmlWhitespace, " "),
      protectedParts: [...this.protectedParts],
      markup: { pairs: [...this.pairs], boundaries, attributeHoles: [...this.attributeHoles] },
    };
  }

  private addDecodedText(text: string): void {
    if (!text.includes("⟦")) {
      this.addProtectedText(text);
      return;
    }
    let last = 0;
    for (const match of text.matchAll(tokenLikeText)) {
      this.addProtectedText(text.slice(last, match.index));
      this.addToken(match[0]);
      last = match.index + match[0].length;
    }
    this.addProtectedText(text.slice(last));
  }

  /** Bare URLs and e-mail addresses become tokens, numbered after the ones already there. */
  private addProtectedText(text: string): void {
    const offset = this.protectedParts.length;
    const { text: protectedText, protectedParts } = protectInlineMarkup(
      text.normalize("NFC"),
      "text",
    );
    this.text += protectedText.replace(placeholderPattern, (_token, number: string) => {
      return `⟦${offset + Number(number)}⟧`;
    });
    this.protectedParts.push(...protectedParts.map(escapeHtmlText));
  }
}
