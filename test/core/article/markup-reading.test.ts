import { describe, expect, it } from "vitest";
import type { MarkupReading } from "../../../src/core/article/markup-reading";
import { MalformedHtmlError, parseHtmlBody } from "../../../src/core/article/parse-html-body";
import { reassembleBody } from "../../../src/core/article/reassemble-article";

function read(markup: string, reading: MarkupReading) {
  const { segments, body } = parseHtmlBody(markup, reading);
  const document = { format: "html", title: null, segments, body, removedResidue: [] } as const;
  const texts = segments.map((segment) => segment.text);
  return { texts, identity: reassembleBody(document, texts), segments };
}

describe("markup read as XML", () => {
  it("lets any element close itself, and gives the markup back byte for byte", () => {
    const xml = '<seg id="1">Bonjour <x/> le <ph id="2"/>monde.</seg>';
    const { texts, identity } = read(xml, { xml: true });
    expect(texts).toEqual(["⟦1⟧Bonjour ⟦2⟧ le ⟦3⟧monde.⟦4⟧"]);
    expect(identity).toBe(xml);
  });

  it("ends an element only with its end tag", () => {
    expect(() => read("<ul><li>Un<li>Deux</ul>", { xml: true })).toThrow(MalformedHtmlError);
    expect(read("<ul><li>Un<li>Deux</ul>", {}).texts).toEqual(["Un", "Deux"]);
  });

  it("refuses a self-closed HTML element only when read as HTML", () => {
    expect(() => read("<p>Un <span/> deux</p>", {})).toThrow(MalformedHtmlError);
    expect(read("<p>Un <span/> deux</p>", { xml: true }).texts).toEqual(["Un ⟦1⟧ deux"]);
  });
});

describe("elements named by the caller", () => {
  it("copies a kept element's content as it is, inline or as a block", () => {
    const markup = "<p>Bonjour <keep>Astana Hub</keep> le monde.</p><note>Ne pas traduire.</note>";
    const { texts, identity } = read(markup, { xml: true, keptElements: ["keep", "note"] });
    expect(texts).toEqual(["Bonjour ⟦1⟧ le monde."]);
    expect(identity).toBe(markup);
  });

  it("splits on splitting elements and joins across non-splitting ones", () => {
    const xml = "<doc><para>Premier paragraphe.</para><para>Second paragraphe.</para></doc>";
    expect(read(xml, { xml: true }).texts).toEqual([
      "⟦1⟧⟦2⟧Premier paragraphe.⟦3⟧⟦4⟧Second paragraphe.⟦5⟧⟦6⟧",
    ]);
    expect(read(xml, { xml: true, splittingElements: ["para"] }).texts).toEqual([
      "Premier paragraphe.",
      "Second paragraphe.",
    ]);
    const html = "<div>Un <p>deux</p> trois</div>";
    expect(read(html, { nonSplittingElements: ["p"] }).texts).toEqual(["Un ⟦1⟧deux⟦2⟧ trois"]);
  });
});

describe("XML without HTML's void elements", () => {
  it("takes <br/> and <br></br>, refuses an open <br>, and names XML in the error", () => {
    expect(read("<p>Un<br/>deux<br></br>trois</p>", { xml: true }).texts).toEqual([
      "Un⟦1⟧deux⟦2⟧⟦3⟧trois",
    ]);
    expect(() => read("<p>Un<br>deux</p>", { xml: true })).toThrow(/^Malformed XML: /);
    expect(() => read("<p>Un</div>", {})).toThrow(/^Malformed HTML: /);
  });
});
