import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/core/article/parse-article";
import { reassembleBody } from "../../../src/core/article/reassemble-article";
import { splitLongText } from "../../../src/core/article/split-long-text";

const sentence = (index: number) =>
  `La phrase ${index} rapporte ce que M. Dupont a déclaré à la presse sur l’économie régionale.`;
const paragraph = (count: number) =>
  Array.from({ length: count }, (_value, index) => sentence(index + 1)).join(" ");

describe("splitLongText", () => {
  it("leaves a text within the limit whole", () => {
    expect(splitLongText("Une phrase. Une autre.", 100)).toEqual([
      { text: "Une phrase. Une autre.", after: "" },
    ]);
  });

  it("cuts a long text between sentences, never after an abbreviation, and loses nothing", () => {
    const text = paragraph(60);
    const pieces = splitLongText(text, 1_000);
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.map((piece) => piece.text + piece.after).join("")).toBe(text);
    for (const piece of pieces) {
      expect(piece.text.length).toBeLessThanOrEqual(1_000);
      expect(piece.text).toMatch(/^La phrase \d+ .*régionale\.$/);
    }
  });

  it("keeps a sentence longer than the limit whole", () => {
    const long = `Une ${"mot ".repeat(400)}fin.`;
    const text = `Avant. ${long} Après.`;
    expect(splitLongText(text, 1_000).map((piece) => piece.text)).toEqual([
      "Avant.",
      long,
      "Après.",
    ]);
  });

  it("gives a long paragraph of an article several segments, put back as they were", () => {
    const body = `Court.\n\n${paragraph(80)}`;
    const document = parseArticle({ body, format: "text" });
    expect(document.segments.length).toBeGreaterThan(4);
    expect(document.segments.every((segment) => segment.text.length <= 2_000)).toBe(true);
    expect(
      reassembleBody(
        document,
        document.segments.map((segment) => segment.text),
      ),
    ).toBe(body);
  });
});
