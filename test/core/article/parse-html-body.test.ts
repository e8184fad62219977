import { describe, expect, it } from "vitest";
import type { ArticleDocument } from "../../../src/core/article/article-document";
import { findHtmlTokenOrderProblem } from "../../../src/core/article/html-token-order";
import { tokenizeHtml } from "../../../src/core/article/html-tokenizer";
import { parseArticle } from "../../../src/core/article/parse-article";
import {
  MalformedHtmlError,
  maxHtmlNestingDepth,
  parseHtmlBody,
} from "../../../src/core/article/parse-html-body";
import { reassembleBody, reassembleTitle } from "../../../src/core/article/reassemble-article";

const newsroomArticle = `<!DOCTYPE html>
<article class="story">
  <header>
    <h1 class="story__headline">Le Kazakhstan et la France signent un accord</h1>
    <p class="story__standfirst">Les deux pays renforcent leur coopération dans l&rsquo;énergie&nbsp;: 54&nbsp;milliards d&#8217;euros.</p>
  </header>
  <!-- corps de l'article -->
  <p>Le président a rencontré son homologue à <a href="https://example.org/astana?lang=fr&amp;ref=rss" title="Voir le reportage">Astana</a>, selon <em>Le Monde</em>.</p>
  <p>Il a déclaré&nbsp;: <q>Nous avançons <strong>ensemble</strong></q>.<br>
  Plus d'informations sur https://example.org/accord ou par courriel à presse@example.org.</p>
  <figure>
    <img src="https://cdn.example.org/photo.jpg?w=800&amp;h=600" alt="Les deux présidents à Astana" width="800">
    <figcaption>Les deux présidents, le 12 mars. <small>Photo&nbsp;: AFP</small></figcaption>
  </figure>
  <aside class="pull-quote"><p>« Un partenariat historique »</p></aside>
  <table>
    <caption>Échanges commerciaux</caption>
    <tr><th>Secteur</th><th>Montant</th></tr>
    <tr><td>Énergie</td><td>54 milliards</td></tr>
    <tr><td>Uranium</td><td>12</td></tr>
  </table>
  <p>Le code <code>if (a &lt; b) { traduire(); }</code> reste tel quel.</p>
  <pre>
  ne pas   traduire

  ce bloc
</pre>
  <iframe src="https://www.youtube.com/embed/xyz" title="Vidéo de la cérémonie" allowfullscreen></iframe>
  <script type="application/ld+json">{"headline": "Le Kazakhstan et la France"}</script>
  <ul>
    <li>Premier point</li>
    <li>Second point avec <abbr title="Union européenne">UE</abbr></li>
  </ul>
</article>`;

/** U+00A0, what `&nbsp;` decodes to. */
const nbsp = "\u00a0";

function parseHtml(body: string, title?: string): ArticleDocument {
  return parseArticle({ title, body, format: "html" });
}

function texts(document: ArticleDocument): string[] {
  return document.segments.map((segment) => segment.text);
}

function identity(document: ArticleDocument): string {
  return reassembleBody(document, texts(document));
}

/** A stand-in translation: every word in upper case, every token left where it is. */
function pseudoTranslate(document: ArticleDocument): string[] {
  return texts(document).map((text) => `EN ${text.toUpperCase()}`);
}

/** The tags of a document in order, with alt and title values blanked out. */
function tagSequence(html: string): string[] {
  return tokenizeHtml(html)
    .filter((token) => token.kind !== "text")
    .map((token) => {
      if (token.kind !== "start-tag") return html.slice(token.start, token.end);
      const attributes = token.attributes.map((attribute) => {
        const translated = attribute.name === "alt" || attribute.name === "title";
        return `${attribute.name}=${translated ? "…" : attribute.value}`;
      });
      return `<${token.name} ${attributes.join(" ")}>`;
    });
}

function problemsOf(html: string): readonly string[] {
  try {
    parseHtmlBody(html);
  } catch (error) {
    if (error instanceof MalformedHtmlError) return error.problems;
    throw error;
  }
  return [];
}

describe("parseHtmlBody: what reaches the model", () => {
  const document = parseHtml(newsroomArticle, "Accord <em>historique</em> &amp; énergie");

  it("gives one segment per block, with a meaningful role", () => {
    const roles = new Map(document.segments.map((segment) => [segment.text, segment.role]));
    expect(roles.get("Le Kazakhstan et la France signent un accord")).toBe("heading");
    const standfirst = `Les deux pays renforcent leur coopération dans l’énergie${nbsp}: 54${nbsp}milliards d’euros.`;
    expect(roles.get(standfirst)).toBe("standfirst");
    expect(roles.get("Les deux présidents à Astana")).toBe("attribute");
    expect(roles.get(`Les deux présidents, le 12 mars. ⟦1⟧Photo${nbsp}: AFP⟦2⟧`)).toBe("caption");
    expect(roles.get("« Un partenariat historique »")).toBe("quote");
    expect(roles.get("Échanges commerciaux")).toBe("caption");
    expect(roles.get("Énergie")).toBe("table-cell");
    expect(roles.get("Premier point")).toBe("list-item");
    expect(roles.get("Union européenne")).toBe("attribute");
  });

  it("replaces inline tags by tokens, an opening and a closing tag each", () => {
    expect(texts(document)).toContain(
      "Le président a rencontré son homologue à ⟦1⟧Astana⟦2⟧, selon ⟦3⟧Le Monde⟦4⟧.",
    );
    expect(texts(document)).toContain(
      `Il a déclaré${nbsp}: ⟦1⟧Nous avançons ⟦2⟧ensemble⟦3⟧⟦4⟧.⟦5⟧ Plus d'informations sur ⟦6⟧ ou par courriel à ⟦7⟧.`,
    );
    expect(texts(document)).toContain("Le code ⟦1⟧ reste tel quel.");
    expect(texts(document)).toContain("Voir le reportage");
  });

  it("sends no markup, URL, code, embed, script or comment to the model", () => {
    const sent = texts(document).join("\n");
    expect(sent).not.toMatch(/[<>]|https?:|@example|traduire|youtube|headline|corps de|&\w+;/);
    expect(texts(document)).not.toContain("12");
  });

  it("decodes character references for the model, U+00A0 included", () => {
    expect(document.title?.text).toBe("Accord ⟦1⟧historique⟦2⟧ & énergie");
    expect(texts(document).join(" ")).toContain(`54${nbsp}milliards d’euros`);
  });
});

describe("parseHtmlBody: putting the translation back", () => {
  const document = parseHtml(newsroomArticle, "Accord <em>historique</em> &amp; énergie");

  it("reassembles byte for byte when the segments come back unchanged, apart from normalisations", () => {
    const expected = newsroomArticle
      .replace("l&rsquo;énergie", "l’énergie")
      .replace("d&#8217;euros", "d’euros")
      .replace("<br>\n  Plus", "<br> Plus");
    expect(identity(document)).toBe(expected);
    expect(reassembleTitle(document, document.title?.text ?? null)).toBe(
      "Accord <em>historique</em> &amp; énergie",
    );
  });

  it("keeps every tag, attribute, URL, code block, embed and script of a translation", () => {
    const translated = reassembleBody(document, pseudoTranslate(document));
    expect(tagSequence(translated)).toEqual(tagSequence(newsroomArticle));
    for (const verbatim of [
      "<code>if (a &lt; b) { traduire(); }</code>",
      "<pre>\n  ne pas   traduire\n\n  ce bloc\n</pre>",
      '<iframe src="https://www.youtube.com/embed/xyz" title="EN VIDÉO DE LA CÉRÉMONIE" allowfullscreen></iframe>',
      '<script type="application/ld+json">{"headline": "Le Kazakhstan et la France"}</script>',
      "<!-- corps de l'article -->",
      "https://example.org/accord",
      "presse@example.org",
    ]) {
      expect(translated).toContain(verbatim);
    }
    expect(translated).toContain(
      'EN LE PRÉSIDENT A RENCONTRÉ SON HOMOLOGUE À <a href="https://example.org/astana?lang=fr&amp;ref=rss" title="EN VOIR LE REPORTAGE">ASTANA</a>, SELON <em>LE MONDE</em>.',
    );
  });

  it("translates alt and title values in place", () => {
    const translated = reassembleBody(document, pseudoTranslate(document));
    expect(translated).toContain(
      '<img src="https://cdn.example.org/photo.jpg?w=800&amp;h=600" alt="EN LES DEUX PRÉSIDENTS À ASTANA" width="800">',
    );
    expect(translated).toContain('<abbr title="EN UNION EUROPÉENNE">UE</abbr>');
  });

  it("escapes markup in a translation, so it cannot inject elements", () => {
    const body = '<p>Un <a href="x">lien</a>.</p><p><img src="a.png" alt="Photo"></p>';
    const injected = parseHtml(body);
    const attack = [
      "A ⟦1⟧link⟦2⟧.<script>alert(1)</script> & co",
      '"><img src=x onerror=alert(1)>',
    ];
    const translated = reassembleBody(injected, attack);
    expect(translated).toBe(
      '<p>A <a href="x">link</a>.&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</p>' +
        '<p><img src="a.png" alt="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"></p>',
    );
    expect(tagSequence(translated)).toEqual(tagSequence(body));
  });

  it("lets a translation move words between tags but never misnest them", () => {
    const document = parseHtml('<p>Un <a href="x">chat</a> <em>noir</em>.</p>');
    expect(texts(document)).toEqual(["Un ⟦1⟧chat⟦2⟧ ⟦3⟧noir⟦4⟧."]);
    expect(reassembleBody(document, ["A ⟦3⟧black⟦4⟧ ⟦1⟧cat⟦2⟧."])).toBe(
      '<p>A <em>black</em> <a href="x">cat</a>.</p>',
    );
    const [segment] = document.segments;
    expect(segment && findHtmlTokenOrderProblem(segment, "A ⟦1⟧black ⟦3⟧cat⟦2⟧⟦4⟧.")).toMatch(
      /close/,
    );
    expect(reassembleBody(document, ["A ⟦1⟧black ⟦3⟧cat⟦2⟧⟦4⟧."])).toBe(
      '<p>A <a href="x">black </a>cat<em></em>.</p>',
    );
    expect(reassembleBody(document, ["A black cat ⟦2⟧."])).toBe(
      '<p>A black cat <a href="x">.</a><em></em></p>',
    );
  });

  it("keeps a tag whose partner is in another block outside the pairs of its segment", () => {
    const document = parseHtml('<a href="x">Lien <div>bloc</div> <em>fin</em></a>');
    expect(texts(document)).toEqual(["⟦1⟧Lien", "bloc", "⟦1⟧fin⟦2⟧⟦3⟧"]);
    const last = document.segments[2];
    expect(last && findHtmlTokenOrderProblem(last, "⟦1⟧end⟦3⟧⟦2⟧")).toMatch(/inside/);
    expect(last && findHtmlTokenOrderProblem(last, "⟦1⟧end⟦2⟧⟦3⟧")).toBeNull();
  });
});

describe("parseHtmlBody: documented normalisations", () => {
  it("collapses whitespace in translated text, decodes references and double-quotes attributes", () => {
    const body = [
      "<p>Un   texte\n   sur deux lignes, R&D &eacute;t&eacute; &#x2014; 3 < 5.</p>",
      "<img src=a.png alt='Une image'><img src=b.png alt=Photo>",
    ].join("\n");
    const document = parseHtml(body);
    expect(texts(document)).toEqual([
      "Un texte sur deux lignes, R&D été — 3 < 5.",
      "Une image",
      "Photo",
    ]);
    expect(identity(document)).toBe(
      [
        "<p>Un texte sur deux lignes, R&amp;D été — 3 &lt; 5.</p>",
        '<img src=a.png alt="Une image"><img src=b.png alt="Photo">',
      ].join("\n"),
    );
  });

  it("keeps unknown or unsafe character references as tokens", () => {
    const document = parseHtml("<p>Voir &foo; et &#150; puis &copy 2024.</p>");
    expect(texts(document)).toEqual(["Voir ⟦1⟧ et ⟦2⟧ puis ⟦3⟧ 2024."]);
    expect(identity(document)).toBe("<p>Voir &foo; et &#150; puis &copy 2024.</p>");
  });

  it("protects text that looks like a token", () => {
    const document = parseHtml("<p>Le symbole ⟦1⟧ est rare.</p>");
    expect(texts(document)).toEqual(["Le symbole ⟦1⟧ est rare."]);
    expect(reassembleBody(document, ["The ⟦1⟧ symbol is rare."])).toBe(
      "<p>The ⟦1⟧ symbol is rare.</p>",
    );
  });

  it("normalises line endings only, and keeps web residue (removing it would change the tree)", () => {
    const document = parseHtml(
      "\uFEFF<p>Texte</p>\r\n<pre>a\r\n\r\n\r\n\r\nb</pre>\r\n<p>Laisser un commentaire</p>\n",
    );
    expect(identity(document)).toBe(
      "<p>Texte</p>\n<pre>a\n\n\n\nb</pre>\n<p>Laisser un commentaire</p>",
    );
    expect(document.removedResidue).toEqual([]);
    expect(document.format).toBe("html");
  });

  it("leaves elements marked translate=no or notranslate alone", () => {
    const body =
      '<p translate="no">Le Monde</p><p>Du <span class="x notranslate">Monde</span>.</p>';
    const document = parseHtml(body);
    expect(texts(document)).toEqual(["Du ⟦1⟧."]);
    expect(reassembleBody(document, ["Of ⟦1⟧."])).toBe(
      '<p translate="no">Le Monde</p><p>Of <span class="x notranslate">Monde</span>.</p>',
    );
  });
});

describe("parseHtmlBody: whole pages and attributes", () => {
  it("reads a whole page: the head is kept as is, the body is translated", () => {
    const page = [
      '<html lang="fr"><head><meta charset="utf-8"><title>Titre de la page</title>',
      '<meta name="description" content="Une description"></head>',
      "<body><p>Texte</p></body></html>",
    ].join("\n");
    const document = parseHtml(page);
    expect(texts(document)).toEqual(["Texte"]);
    expect(reassembleBody(document, ["Text"])).toBe(page.replace("<p>Texte", "<p>Text"));
  });

  it("translates the title of a block element around its direct text", () => {
    const document = parseHtml('<div class="note" title="Note de la rédaction">Mise à jour</div>');
    expect(document.segments.map((segment) => [segment.role, segment.text])).toEqual([
      ["attribute", "Note de la rédaction"],
      ["paragraph", "Mise à jour"],
    ]);
    expect(reassembleBody(document, ["Editor's note", "Update"])).toBe(
      '<div class="note" title="Editor\'s note">Update</div>',
    );
  });

  it("translates an embed's title and keeps its content, inside a paragraph and alone", () => {
    const body = [
      '<p>Regardez <video src="v.mp4" title="La cérémonie"><track src="s.vtt">Vidéo indisponible</video> ici.</p>',
      '<div><iframe src="https://example.org/carte" title="Carte des résultats"></iframe></div>',
      '<p><embed src="graphique.svg" title="Graphique des ventes"> Source : Insee.</p>',
    ].join("\n");
    const document = parseHtml(body);
    expect(document.segments.map((segment) => [segment.role, segment.text])).toEqual([
      ["paragraph", "Regardez ⟦1⟧ ici."],
      ["attribute", "La cérémonie"],
      ["attribute", "Carte des résultats"],
      ["paragraph", "⟦1⟧ Source : Insee."],
      ["attribute", "Graphique des ventes"],
    ]);
    const translated = reassembleBody(document, [
      "Watch ⟦1⟧ here.",
      "The ceremony",
      "Results map",
      "⟦1⟧ Source: Insee.",
      "Sales chart",
    ]);
    expect(translated).toBe(
      [
        '<p>Watch <video src="v.mp4" title="The ceremony"><track src="s.vtt">Vidéo indisponible</video> here.</p>',
        '<div><iframe src="https://example.org/carte" title="Results map"></iframe></div>',
        '<p><embed src="graphique.svg" title="Sales chart"> Source: Insee.</p>',
      ].join("\n"),
    );
  });

  it("keeps the start tag of scripts, styles and untranslatable embeds as it is", () => {
    const body = [
      '<style title="Sombre">p { color: red }</style>',
      '<p>Texte <iframe translate="no" src="x" title="Ne pas traduire"></iframe> <code class="notranslate" title="Astuce">x</code></p>',
    ].join("\n");
    const document = parseHtml(body);
    expect(texts(document)).toEqual(["Texte ⟦1⟧ ⟦2⟧"]);
    expect(reassembleBody(document, ["Text ⟦1⟧ ⟦2⟧"])).toBe(body.replace("Texte", "Text"));
  });

  it("handles long runs of whitespace in linear time (no backtracking regular expression)", () => {
    const spaces = " ".repeat(200_000);
    const document = parseHtml(`<p>a${spaces}b <img src=x alt="c${spaces}d"></p>`);
    expect(texts(document)).toEqual(["a b ⟦1⟧", "c d"]);
  });
});

describe("parseHtmlBody: malformed HTML is rejected, not repaired", () => {
  it.each([
    ["a stray end tag", "<div><p>Texte</p></div></div>", /stray <\/div>/],
    ["an unterminated tag", '<p>Un <a href="x>lien</a></p>', /unterminated attribute value in <a/],
    ["a tag cut at the end", "<p>Un <a", /unterminated tag <a/],
    ["a script without its end", "<p>Texte</p><script>var a = 1;", /<script> has no <\/script>/],
    ["an unterminated comment", "<p>Texte</p><!-- note", /unterminated comment/],
    ["misnested inline tags", "<p><b>gras <i>et</b> italique</i></p>", /<\/b> closes <i>/],
    ["an inline tag closed by its block", "<p><em>Texte</p>", /<\/p> closes <em>/],
    ["an unclosed div", "<div><p>Texte</p>", /<div> is never closed/],
    ["an end tag on a void element", "<p>Texte</br></p>", /void element/],
  ])("rejects %s", (_case, html, problem) => {
    const problems = problemsOf(html);
    expect(problems.join("\n")).toMatch(problem);
    expect(problems.join("\n")).toMatch(/line 1, column \d+/);
  });

  it("accepts what HTML allows: omitted optional end tags and a stray </p>", () => {
    const html =
      "<p>Un<p>Deux<ul><li>a<li>b</ul><dl><dt>t<dd>d</dl>" +
      "<table><tr><td>1a<td>1b<tr><td>2a</table><p><figure><img src=x alt=Photo></figure></p>";
    expect(problemsOf(html)).toEqual([]);
    const document = parseHtml(html);
    expect(texts(document)).toEqual(["Un", "Deux", "a", "b", "t", "d", "1a", "1b", "2a", "Photo"]);
    expect(identity(document)).toBe(html.replace("alt=Photo", 'alt="Photo"'));
  });

  it("accepts self-closing tags in SVG, and void elements written XHTML-style", () => {
    const html =
      '<p>Logo <svg viewBox="0 0 1 1"><path d="M0 0"/><circle r="1"></circle></svg> et<br/>fin</p>';
    const document = parseHtml(html);
    expect(texts(document)).toEqual(["Logo ⟦1⟧ et⟦2⟧fin"]);
    expect(identity(document)).toBe(html);
  });

  it(`bounds nesting at ${maxHtmlNestingDepth} elements`, () => {
    const nest = (depth: number) => `${"<div>".repeat(depth)}Texte${"</div>".repeat(depth)}`;
    expect(problemsOf(nest(maxHtmlNestingDepth))).toEqual([]);
    expect(problemsOf(nest(maxHtmlNestingDepth + 1)).join()).toMatch(/nested deeper than 64/);
  });

  it("rejects a malformed title the same way", () => {
    expect(() => parseHtml("<p>Texte</p>", "Titre <em>cassé")).toThrow(MalformedHtmlError);
  });
});

describe("parseHtmlBody: a long article", () => {
  it("parses and reassembles a 3,000-word article with every tag in place", () => {
    const paragraph =
      '<p>Le <a href="https://example.org/p?a=1&amp;b=2">président</a> a rencontré son homologue ' +
      "<em>kazakh</em> à Astana&nbsp;; ils ont signé un accord sur l&rsquo;énergie et l’uranium " +
      "pour 54&nbsp;milliards d’euros, selon <strong>Le Monde</strong>.</p>\n";
    const words = paragraph
      .replace(/<[^>]+>/g, " ")
      .split(/\s+/)
      .filter(Boolean).length;
    const html = paragraph.repeat(Math.ceil(3000 / words));
    const document = parseHtml(html);
    const translated = reassembleBody(document, pseudoTranslate(document));
    expect(tagSequence(translated)).toEqual(tagSequence(html));
  });
});
