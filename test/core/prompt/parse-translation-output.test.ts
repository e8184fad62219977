import { describe, expect, it } from "vitest";
import {
  MalformedOutputError,
  parseTranslationOutput,
} from "../../../src/core/prompt/parse-translation-output";

const expected = {
  units: [
    { id: "title" as const, sourceText: "Titre" },
    { id: 1, sourceText: "Un [lien](⟦1⟧)." },
    { id: 2, sourceText: "Deux." },
  ],
};

describe("parseTranslationOutput", () => {
  it("reads segments, joins wrapped lines and stops at [[end]]", () => {
    const output = [
      "Here is the translation:",
      "[[title]] Title",
      "[[1]] A [link](⟦1⟧)",
      "that wraps.",
      "[[2]] Two.",
      "[[end]]",
      "[[3]] Ignored after the end.",
    ].join("\n");
    const translations = parseTranslationOutput(output, expected);
    expect(translations.get("title")).toBe("Title");
    expect(translations.get(1)).toBe("A [link](⟦1⟧) that wraps.");
    expect(translations.get(2)).toBe("Two.");
  });

  it("rejects missing, duplicated and unexpected segments and lost tokens", () => {
    const output = "[[title]] T\n[[1]] A link.\n[[1]] Again\n[[7]] Extra\n[[end]]";
    try {
      parseTranslationOutput(output, expected);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MalformedOutputError);
      const problems = (error as MalformedOutputError).problems;
      expect(problems).toContain("segment 2 is missing");
      expect(problems).toContain("segment 1 appears twice");
      expect(problems).toContain("unexpected segment 7");
      expect(problems).toContain("segment 1 lost or changed its ⟦n⟧ tokens");
    }
  });

  it("rejects an answer that ignores the format", () => {
    expect(() => parseTranslationOutput("Sorry, I cannot help.", expected)).toThrow(
      MalformedOutputError,
    );
  });
});
