import { describe, expect, it } from "vitest";
import type { ArticleDocument } from "../../../src/core/article/article-document";
import { parseArticle } from "../../../src/core/article/parse-article";
import { reassembleBody } from "../../../src/core/article/reassemble-article";
import { randomMarkdownArticle } from "../../support/random-markdown";
import { SeededRandom } from "../../support/seeded-random";

/** What the model must never touch: URLs and code spans, in any order. */
function protectedParts(markdown: string): string[] {
  return [...markdown.matchAll(/https?:\/\/[^\s)"'>\]]+|`[^`\n]+`/g)]
    .map((found) => found[0])
    .sort();
}

/** A stand-in translation: letters upper-cased, tokens left as they are. */
function translate(text: string): string {
  return text.replace(/⟦\d+⟧|[^⟦]+/g, (part) => (part.startsWith("⟦") ? part : part.toUpperCase()));
}

function parse(body: string): ArticleDocument {
  return parseArticle({ body, format: "markdown" });
}

function shape(document: ArticleDocument): string[] {
  return document.segments.map((segment) => `${segment.role} ${segment.protectedParts.length}`);
}

describe("Markdown round trip, on 300 generated articles", () => {
  const random = new SeededRandom(20261127);
  const articles = Array.from({ length: 300 }, () => randomMarkdownArticle(random));

  it("gives back every URL and code span, and reads its own output the same way", () => {
    for (const body of articles) {
      const document = parse(body);
      const same = reassembleBody(
        document,
        document.segments.map((segment) => segment.text),
      );
      expect(protectedParts(same), body).toEqual(protectedParts(body));
      const again = parse(same);
      expect(
        again.segments.map((segment) => segment.text),
        body,
      ).toEqual(document.segments.map((segment) => segment.text));
    }
  });

  it("keeps the structure and every protected part through a translation", () => {
    for (const body of articles) {
      const document = parse(body);
      const translated = reassembleBody(
        document,
        document.segments.map((segment) => translate(segment.text)),
      );
      expect(protectedParts(translated), body).toEqual(protectedParts(body));
      expect(shape(parse(translated)), body).toEqual(shape(document));
    }
  });
});
