import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pseudoTranslate } from "../../../mock-llm/pseudo-translate";
import { tokenizeHtml } from "../../../src/core/article/html-tokenizer";
import { parseArticle } from "../../../src/core/article/parse-article";
import { reassembleBody } from "../../../src/core/article/reassemble-article";

const articlesDirectory = new URL("../../../../shared/eval/articles/", import.meta.url);
const articles = readdirSync(articlesDirectory)
  .filter((name) => name.endsWith(".md"))
  .map((name) => ({ name, markdown: readFileSync(new URL(name, articlesDirectory), "utf8") }));

/** A plain Markdown-to-HTML conversion of the eval articles: headings, paragraphs, emphasis. */
function toHtml(markdown: string): string {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, "").trim();
  const blocks = body.split(/\n{2,}/).map((block) => {
    const inline = block
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
      .replace(/\*(.+?)\*/g, "<em>$1</em>");
    const heading = /^(#{1,6}) (.*)$/.exec(inline);
    if (heading) return `<h${heading[1]?.length}>${heading[2]}</h${heading[1]?.length}>`;
    return `<p>${inline.replace(/\n/g, " ")}</p>`;
  });
  return `<article>\n${blocks.join("\n")}\n</article>`;
}

function translateAll(markdownOrHtml: string, format: "markdown" | "html") {
  const document = parseArticle({ body: markdownOrHtml, format });
  const translated = reassembleBody(
    document,
    document.segments.map((segment) => pseudoTranslate(segment.text, "kk")),
  );
  return { document, translated };
}

function tagSequence(html: string): string[] {
  return tokenizeHtml(html).flatMap((token) =>
    token.kind === "start-tag" || token.kind === "end-tag" ? [`${token.kind}:${token.name}`] : [],
  );
}

describe("the eval articles keep their structure", () => {
  it("has the nine articles", () => {
    expect(articles).toHaveLength(9);
  });

  for (const { name, markdown } of articles) {
    it(`${name} as Markdown: front matter kept, same headings and paragraphs`, () => {
      const { document, translated } = translateAll(markdown, "markdown");
      const frontMatter = /^---\n[\s\S]*?\n---\n/.exec(markdown)?.[0] ?? "";
      expect(translated.startsWith(frontMatter)).toBe(true);
      const headings = (text: string) => text.match(/^#{1,6} /gm)?.length ?? 0;
      const paragraphs = (text: string) => text.trim().split(/\n{2,}/).length;
      expect(headings(translated)).toBe(headings(markdown));
      expect(paragraphs(translated)).toBe(paragraphs(markdown));
      expect(document.segments.length).toBeGreaterThan(3);
      expect(translated).toMatch(/[әғқңөұүһі]/);
    });

    it(`${name} as HTML: the same element tree, text translated`, () => {
      const html = toHtml(markdown);
      const { document, translated } = translateAll(html, "html");
      expect(tagSequence(translated)).toEqual(tagSequence(html));
      expect(document.segments.every((segment) => !/[<>]/.test(segment.text))).toBe(true);
      expect(translated).toMatch(/[әғқңөұүһі]/);
    });
  }
});
