import { describe, expect, it } from "vitest";
import {
  MalformedOutputError,
  parseTranslationOutput,
} from "../../../src/core/prompt/parse-translation-output";

const expected = {
  units: [
    { id: "title" as const, languageCodes: ["en"], sourceText: "Titre" },
    { id: 1, languageCodes: ["en"], sourceText: "Un [lien](⟦1⟧)." },
    { id: 2, languageCodes: ["en"], sourceText: "Deux." },
  ],
};

const multilingual = {
  units: [
    { id: 1, languageCodes: ["ru"], sourceText: "Un." },
    { id: 2, languageCodes: ["en", "kk", "ru"], sourceText: "Deux." },
    { id: 3, languageCodes: ["en"], sourceText: "Trois." },
  ],
};

describe("parseTranslationOutput, one language", () => {
  it("reads segments, joins wrapped lines and stops at [[end]]", () => {
    const output = [
      "Here is the translation:",
      "[[title en]] Title",
      "[[1 en]] A [link](⟦1⟧)",
      "that wraps.",
      "[[2 en]] Two.",
      "[[end]]",
      "[[3 en]] Ignored after the end.",
    ].join("\n");
    const translations = parseTranslationOutput(output, expected).get("en");
    expect(translations?.get("title")).toBe("Title");
    expect(translations?.get(1)).toBe("A [link](⟦1⟧) that wraps.");
    expect(translations?.get(2)).toBe("Two.");
  });

  it("reads markers without a language code as the call's only language", () => {
    const output = "[[title]] Title\n[[1]] A [link](⟦1⟧).\n[[2]] Two.\n[[end]]";
    expect(parseTranslationOutput(output, expected).get("en")?.get(2)).toBe("Two.");
  });

  it("rejects missing, duplicated and unexpected segments and lost tokens", () => {
    const output = "[[title]] T\n[[1]] A link.\n[[1]] Again\n[[7]] Extra\n[[end]]";
    try {
      parseTranslationOutput(output, expected);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MalformedOutputError);
      const problems = (error as MalformedOutputError).problems;
      expect(problems).toContain("segment 2 en is missing");
      expect(problems).toContain("segment 1 appears twice");
      expect(problems).toContain("unexpected segment 7");
      expect(problems).toContain("segment 1 en lost or changed its ⟦n⟧ tokens");
    }
  });

  it("rejects an answer that ignores the format", () => {
    expect(() => parseTranslationOutput("Sorry, I cannot help.", expected)).toThrow(
      MalformedOutputError,
    );
  });
});

describe("parseTranslationOutput, several languages", () => {
  it("reads each unit in each language it was asked in, language by language", () => {
    const output = [
      "[[2 en]] Two.",
      "[[3 en]] Three.",
      "[[2 kk]] Екі.",
      "[[1 ru]] Один.",
      "[[2 ru]] Два.",
      "[[end]]",
    ].join("\n");
    const translations = parseTranslationOutput(output, multilingual);
    expect([...(translations.get("en") ?? [])]).toEqual([
      [2, "Two."],
      [3, "Three."],
    ]);
    expect(translations.get("kk")?.get(2)).toBe("Екі.");
    expect(translations.get("ru")?.get(1)).toBe("Один.");
  });

  it("needs the language code when the call has several languages", () => {
    const output =
      "[[2 en]] Two.\n[[3]] Three.\n[[2 kk]] Екі.\n[[1 ru]] Один.\n[[2 ru]] Два.\n[[end]]";
    expect(() => parseTranslationOutput(output, multilingual)).toThrow(/segment 3 en is missing/);
  });

  it("rejects a unit written in a language it was not asked in", () => {
    const output =
      "[[2 en]] Two.\n[[3 en]] Three.\n[[2 kk]] Екі.\n[[1 ru]] Один.\n[[2 ru]] Два.\n[[3 ru]] Три.\n[[end]]";
    expect(() => parseTranslationOutput(output, multilingual)).toThrow(/unexpected segment 3 ru/);
  });
});
