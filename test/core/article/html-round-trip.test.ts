import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/core/article/parse-article";
import { reassembleBody } from "../../../src/core/article/reassemble-article";
import { randomHtmlArticle } from "../../support/random-html";
import { SeededRandom } from "../../support/seeded-random";

/** Entities the reader decodes to letters, and runs of spaces, written one way. */
function normalize(html: string): string {
  return html.replace(/&eacute;|&#233;/g, "é").replace(/\s+/g, " ");
}

/** The tags in order, `alt` and `title` values masked; script and style contents included. */
function tags(html: string): string[] {
  return [...html.matchAll(/<(script|style)>[\s\S]*?<\/\1>|<\/?[a-zA-Z][^>]*>/g)].map((found) =>
    found[0].replace(/\s(alt|title)=("[^"]*"|'[^']*'|[^\s>]*)/g, " $1=…"),
  );
}

/** A stand-in translation: letters upper-cased, tokens left as they are. */
function translate(text: string): string {
  return text.replace(/⟦\d+⟧|[^⟦]+/g, (part) => (part.startsWith("⟦") ? part : part.toUpperCase()));
}

describe("HTML round trip, on 300 generated articles", () => {
  const random = new SeededRandom(20261127);
  const articles = Array.from({ length: 300 }, () => randomHtmlArticle(random));

  it("gives the same document back from the untranslated segments", () => {
    for (const body of articles) {
      const document = parseArticle({ body, format: "html" });
      const same = reassembleBody(
        document,
        document.segments.map((segment) => segment.text),
      );
      expect(normalize(same), body).toBe(normalize(body));
    }
  });

  it("keeps every tag, attribute and embed through a translation, and translates alt and title", () => {
    for (const body of articles) {
      const document = parseArticle({ body, format: "html" });
      const translated = reassembleBody(
        document,
        document.segments.map((segment) => translate(segment.text)),
      );
      expect(tags(translated), body).toEqual(tags(body));
      for (const [, value = ""] of translated.matchAll(/\s(?:alt|title)="([^"]*)"/g)) {
        expect(value, body).toBe(value.toUpperCase());
      }
    }
  });
});
