import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/core/article/parse-article";
import { reassembleBody } from "../../../src/core/article/reassemble-article";

const seedArticle = readFileSync(
  new URL("../../../../shared/samples/kazakhstan-ue-france.txt", import.meta.url),
  "utf8",
);

function identity(markdown: string): string {
  const document = parseArticle({ body: markdown, format: "markdown" });
  return reassembleBody(
    document,
    document.segments.map((segment) => segment.text),
  );
}

describe("parseArticle (text)", () => {
  it("keeps one segment per paragraph and drops web-page residue at the end", () => {
    const document = parseArticle({ title: "Titre", body: seedArticle, format: "text" });
    const paragraphs = seedArticle.trim().split(/\n\s*\n/);
    expect(document.segments).toHaveLength(paragraphs.length - 2);
    expect(document.removedResidue).toEqual(["Laisser un commentaire", "seize − 16 ="]);
    expect(document.title?.text).toBe("Titre");
  });

  it("joins the lines of one paragraph and normalises line endings", () => {
    const document = parseArticle({ body: "Un\r\ndeux.\r\n\r\n\r\n\r\nTrois.", format: "text" });
    expect(document.segments.map((segment) => segment.text)).toEqual(["Un deux.", "Trois."]);
  });

  it("reads pasted control characters: line breaks become breaks, debris goes", () => {
    const body = "Un\vdeux\u2028trois.\u2029Qua\u0000tre\u0007.\fCinq\u007f.";
    const document = parseArticle({ title: "Ti\u0000tre", body, format: "text" });
    expect(document.title?.text).toBe("Titre");
    expect(document.segments.map((segment) => segment.text)).toEqual([
      "Un deux trois.",
      "Quatre. Cinq.",
    ]);
  });

  it("replaces a lone surrogate, which is not text, with U+FFFD", () => {
    const text = parseArticle({ title: "A\ud800b", body: "Un \udc00 deux.", format: "text" });
    expect(text.title?.text).toBe("A\ufffdb");
    expect(text.segments[0]?.text).toBe("Un \ufffd deux.");
    const html = parseArticle({
      title: "T\ud800",
      body: "<p>Un \ud83d deux 😀.</p>",
      format: "html",
    });
    expect(html.title?.text).toBe("T\ufffd");
    expect(html.segments[0]?.text).toBe("Un \ufffd deux 😀.");
  });

  it("protects bare URLs in plain text", () => {
    const document = parseArticle({
      body: "Voir https://example.org/a?b=1 pour plus.",
      format: "text",
    });
    expect(document.segments[0]?.text).toBe("Voir ⟦1⟧ pour plus.");
    expect(reassembleBody(document, ["See ⟦1⟧ for more."])).toBe(
      "See https://example.org/a?b=1 for more.",
    );
  });
});

describe("parseArticle (markdown)", () => {
  const markdown = [
    "---",
    'title: "Titre"',
    "---",
    "",
    "# Le *grand* titre",
    "",
    'Un paragraphe avec un [lien](https://example.org/page "titre") et du `code`.',
    "Suite du paragraphe.",
    "",
    "- premier point",
    "- second point",
    "  qui continue",
    "1. numéroté",
    "",
    "> Une citation",
    "> sur deux lignes",
    "",
    "```js",
    "const x = 'ne pas traduire';",
    "```",
    "",
    "| Pays | Montant |",
    "| --- | ---: |",
    "| France | 54 milliards |",
    "",
    "![Une image](https://example.org/image.png)",
    "",
    "---",
    "",
    "Sous-titre",
    "==========",
  ].join("\n");

  it("reassembles byte for byte when segments come back unchanged, apart from joined lines", () => {
    const expected = markdown
      .replace("du `code`.\nSuite", "du `code`. Suite")
      .replace("second point\n  qui continue", "second point qui continue")
      .replace("citation\n> sur", "citation sur");
    expect(identity(markdown)).toBe(expected);
  });

  it("sends text only: no markers, URLs or code reach the model", () => {
    const document = parseArticle({ body: markdown, format: "markdown" });
    const texts = document.segments.map((segment) => segment.text);
    expect(texts).toContain("Le *grand* titre");
    expect(texts).toContain("Un paragraphe avec un [lien](⟦2⟧) et du ⟦1⟧. Suite du paragraphe.");
    expect(texts).toContain("second point qui continue");
    expect(texts).toContain("Une citation sur deux lignes");
    expect(texts).toContain("54 milliards");
    expect(texts).toContain("Sous-titre");
    expect(texts.join(" ")).not.toMatch(/https?:|ne pas traduire|title:/);
    expect(document.segments.find((segment) => segment.text === "Sous-titre")?.role).toBe(
      "heading",
    );
  });

  it("keeps hard line breaks (two spaces or a backslash) as tokens, and drops other trailing spaces", () => {
    const body = "Première ligne  \nDeuxième ligne\\\nTroisième ligne \nquatrième.";
    const document = parseArticle({ body, format: "markdown" });
    expect(document.segments.map((segment) => segment.text)).toEqual([
      "Première ligne⟦1⟧Deuxième ligne⟦2⟧Troisième ligne quatrième.",
    ]);
    expect(reassembleBody(document, ["First line⟦1⟧Second line⟦2⟧Third line, fourth."])).toBe(
      "First line  \nSecond line\\\nThird line, fourth.",
    );
    // Three spaces are a hard break too, written as two; spaces ending a paragraph go.
    expect(identity("Une ligne   \nune autre  \n\nFin.  ")).toBe("Une ligne  \nune autre\n\nFin.");
  });

  it("translates link and image titles as segments of their own, keeping the URLs", () => {
    const body =
      '![Le port](https://x.org/port.jpg "Le port d’Aktaou") et [le rapport](https://x.org/r "Rapport annuel").';
    const document = parseArticle({ body, format: "markdown" });
    expect(document.segments.map((segment) => [segment.role, segment.text])).toEqual([
      ["paragraph", "![Le port](⟦1⟧) et [le rapport](⟦2⟧)."],
      ["attribute", "Le port d’Aktaou"],
      ["attribute", "Rapport annuel"],
    ]);
    expect(identity(body)).toBe(body);
    expect(
      reassembleBody(document, [
        "![The port](⟦1⟧) and [the report](⟦2⟧).",
        'The "Aktau" port',
        "Annual report",
      ]),
    ).toBe(
      '![The port](https://x.org/port.jpg "The \\"Aktau\\" port") and [the report](https://x.org/r "Annual report").',
    );
  });

  it("reads titles in single quotes and parentheses too, escaping only their own delimiters", () => {
    const body =
      "[Un](https://x.org/1 'L’Europe') [deux](https://x.org/2 (Rapport annuel)) [trois](https://x.org/3 \"L'Asie\").";
    const document = parseArticle({ body, format: "markdown" });
    expect(document.segments.map((segment) => segment.text)).toEqual([
      "[Un](⟦1⟧) [deux](⟦2⟧) [trois](⟦3⟧).",
      "L’Europe",
      "Rapport annuel",
      "L'Asie",
    ]);
    expect(identity(body)).toBe(body);
    expect(
      reassembleBody(document, [
        "[One](⟦1⟧) [two](⟦2⟧) [three](⟦3⟧).",
        "Europe's",
        "Report (2025)",
        "Asia's",
      ]),
    ).toBe(
      "[One](https://x.org/1 'Europe\\'s') [two](https://x.org/2 (Report \\(2025\\))) [three](https://x.org/3 \"Asia's\").",
    );
  });

  it("keeps raw HTML blocks that run to an end marker whole, blank lines included", () => {
    const body = [
      "Avant.",
      "",
      "<script>",
      'var titre = "Bonjour le monde";',
      "",
      "console.log(titre);",
      "</script>",
      "",
      "<!-- une note",
      "sur deux lignes -->",
      "<pre>",
      "ne pas traduire",
      "</pre>",
      "<style>p { color: red }</style>",
      "Après.",
    ].join("\n");
    const document = parseArticle({ body, format: "markdown" });
    expect(document.segments.map((segment) => segment.text)).toEqual(["Avant.", "Après."]);
    expect(reassembleBody(document, ["Before.", "After."])).toBe(
      body.replace("Avant.", "Before.").replace("Après.", "After."),
    );
  });

  it("keeps a quoted script or code block whole, and drops no line of a quote", () => {
    const body = [
      "> <script>",
      "> var titre = 1;",
      ">",
      '> var texte = "Bonjour";',
      "> </script>",
      "",
      "> ```",
      "> code cité",
      "> ```",
      "> <b>Note :</b> la suite",
      "> continue ici.",
    ].join("\n");
    const document = parseArticle({ body, format: "markdown" });
    expect(document.segments.map((segment) => segment.text)).toEqual([
      "⟦1⟧Note :⟦2⟧ la suite continue ici.",
    ]);
    expect(identity(body)).toBe(body.replace("suite\n> continue", "suite continue"));
  });

  it("keeps a hard break's next-line quote marks and indentation", () => {
    const body =
      "> Première ligne  \n> deuxième ligne\n\n- Un point  \n  sa suite\n\n> Titre cité\n> ===";
    const document = parseArticle({ body, format: "markdown" });
    expect(document.segments.map((segment) => [segment.role, segment.text])).toEqual([
      ["quote", "Première ligne⟦1⟧deuxième ligne"],
      ["list-item", "Un point⟦1⟧sa suite"],
      ["heading", "Titre cité"],
    ]);
    expect(
      reassembleBody(document, [
        "First line⟦1⟧second line",
        "A point⟦1⟧its sequel",
        "Quoted title",
      ]),
    ).toBe("> First line  \n> second line\n\n- A point  \n  its sequel\n\n> Quoted title\n> ===");
  });

  it("translates a paragraph that opens with an inline tag; a tag alone on its line is kept", () => {
    const body = [
      '<strong>Lire aussi :</strong> <a href="/x">le dossier</a> complet.',
      "",
      '<img src="carte.png" alt="Carte">',
      "",
      "<div>",
      "Texte dans un bloc.",
      "</div>",
    ].join("\n");
    const document = parseArticle({ body, format: "markdown" });
    expect(document.segments.map((segment) => segment.text)).toEqual([
      "⟦1⟧Lire aussi :⟦2⟧ ⟦3⟧le dossier⟦4⟧ complet.",
      "Texte dans un bloc.",
    ]);
    expect(identity(body)).toBe(body);
  });

  it("ends a bare URL before a hard break's token", () => {
    const body = "Voir https://example.org/page  \nla suite.";
    const document = parseArticle({ body, format: "markdown" });
    expect(document.segments.map((segment) => segment.text)).toEqual(["Voir ⟦2⟧⟦1⟧la suite."]);
    expect(reassembleBody(document, ["See ⟦2⟧⟦1⟧what follows."])).toBe(
      "See https://example.org/page  \nwhat follows.",
    );
  });

  it("keeps reference links' labels and definitions, and translates footnotes' text", () => {
    const body = [
      "Selon [l’Insee][insee] et une note[^1], le chômage recule.",
      "",
      '[insee]: https://www.insee.fr "Institut national"',
      "[^1]: Chiffres publiés en août.",
      "",
      "[Mise à jour]: la rédaction a corrigé un chiffre.",
    ].join("\n");
    const document = parseArticle({ body, format: "markdown" });
    expect(document.segments.map((segment) => segment.text)).toEqual([
      "Selon [l’Insee][⟦1⟧] et une note⟦2⟧, le chômage recule.",
      "Chiffres publiés en août.",
      "[Mise à jour]: la rédaction a corrigé un chiffre.",
    ]);
    expect(
      reassembleBody(document, [
        "According to [Insee][⟦1⟧] and a note⟦2⟧, unemployment falls.",
        "Figures published in August.",
        "[Update]: the newsroom corrected a figure.",
      ]),
    ).toBe(
      [
        "According to [Insee][insee] and a note[^1], unemployment falls.",
        "",
        '[insee]: https://www.insee.fr "Institut national"',
        "[^1]: Figures published in August.",
        "",
        "[Update]: the newsroom corrected a figure.",
      ].join("\n"),
    );
  });

  it("puts translated text back with the markup and URLs untouched", () => {
    const document = parseArticle({
      body: "## Titre\n\nUn [lien](https://example.org/x).",
      format: "markdown",
    });
    expect(reassembleBody(document, ["Title", "A [link](⟦1⟧)."])).toBe(
      "## Title\n\nA [link](https://example.org/x).",
    );
  });
});
