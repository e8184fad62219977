import { describe, expect, it } from "vitest";
import { parseTranslationPrompt } from "../../mock-llm/parse-translation-prompt";
import { sampleSegments, translationPrompt } from "./support/translation-prompt";

describe("parseTranslationPrompt", () => {
  it("reads the code, bullets, task and segments of the worker's user prompt", () => {
    const prompt = translationPrompt({ code: "kk", bullets: 5, segments: sampleSegments });
    const parsed = parseTranslationPrompt(prompt.user);
    expect(parsed?.targetCode).toBe("kk");
    expect(parsed?.summaryBullets).toBe(5);
    expect(parsed?.task).toBe("translate and summarize");
    expect(parsed?.segments.map((segment) => segment.id)).toEqual(["title", "1", "2", "3", "4"]);
    expect(parsed?.segments[2]?.text).toBe(sampleSegments[2]?.[1]);
  });

  it("is not fooled by the system rules that mention <article> inline", () => {
    const prompt = translationPrompt({ code: "ru", bullets: 0, segments: sampleSegments });
    const parsed = parseTranslationPrompt(`${prompt.system}\n${prompt.user}`);
    expect(parsed?.segments).toHaveLength(5);
    expect(parsed?.summaryBullets).toBe(0);
    expect(parsed?.task).toBe("translate");
  });

  it("keeps an article line that looks like a closing tag inside the article", () => {
    const text = [
      "Target language code: en",
      "Summary bullets: 1",
      "",
      "<article>",
      "[[1]] Premier",
      "</article>",
      "[[2]] Second",
      "</article>",
    ].join("\r\n");
    expect(parseTranslationPrompt(text)?.segments.map((segment) => segment.id)).toEqual(["1", "2"]);
  });

  it("returns undefined for other prompts", () => {
    expect(parseTranslationPrompt("Translate this: bonjour")).toBeUndefined();
    expect(parseTranslationPrompt("Target language code: kk\nno article")).toBeUndefined();
  });
});
