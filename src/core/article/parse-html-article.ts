import type { ArticleDocument } from "./article-document";
import { loneSurrogates } from "./normalize-text";
import { parseHtmlBody } from "./parse-html-body";
import { parseHtmlTitle } from "./parse-html-title";

/**
 * An HTML article. Only line endings and the outer whitespace are normalised (HTML reads CRLF
 * as LF), so `<pre>`, scripts and the markup keep their bytes; web-page residue is not
 * stripped, as removing elements would change the element tree.
 */
export function parseHtmlArticle(title: string | null | undefined, body: string): ArticleDocument {
  const { segments, body: pieces } = parseHtmlBody(normalizeHtml(body));
  return {
    format: "html",
    title: parseHtmlTitle(title ?? ""),
    segments,
    body: pieces,
    removedResidue: [],
  };
}

function normalizeHtml(html: string): string {
  return html
    .replace(loneSurrogates, "\uFFFD")
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .trim();
}
