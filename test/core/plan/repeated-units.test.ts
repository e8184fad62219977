import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/core/article/parse-article";
import { fillRepeats, findRepeatedUnits } from "../../../src/core/plan/repeated-units";

describe("findRepeatedUnits", () => {
  it("maps a unit that repeats an earlier one's text to that first unit", () => {
    const document = parseArticle({
      title: "Le titre",
      body: "Le titre\n\nUn paragraphe.\n\nPhoto AFP\n\nUn autre paragraphe.\n\nPhoto AFP",
      format: "text",
    });
    const repeats = findRepeatedUnits(document);
    expect([...repeats]).toEqual([
      [1, "title"],
      [5, 3],
    ]);
    const filled = fillRepeats(
      new Map<"title" | number, string>([
        ["title", "The title"],
        [3, "AFP photo"],
      ]),
      repeats,
    );
    expect(filled.get(1)).toBe("The title");
    expect(filled.get(5)).toBe("AFP photo");
  });

  it("finds nothing in an article without repeats", () => {
    const document = parseArticle({ title: "A", body: "B\n\nC", format: "text" });
    expect(findRepeatedUnits(document).size).toBe(0);
  });
});
