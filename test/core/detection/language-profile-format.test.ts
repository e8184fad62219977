import { describe, expect, it } from "vitest";
import {
  decodeLanguageProfiles,
  encodeLanguageProfiles,
  levelAt,
  levelCount,
  type ScriptLogProbabilities,
} from "../../../src/core/detection/language-profile-format";

const latin: ScriptLogProbabilities = {
  languages: ["fr", "en"],
  rows: [
    [" a", [-3, -4]],
    ["qu'", [-5.5, -12]],
  ],
};
const cyrillic: ScriptLogProbabilities = {
  languages: ["ru", "kk"],
  rows: [
    ["қ", [-12, -3.5]],
    ["и ", [-4, -9]],
  ],
};

describe("language profile format", () => {
  const data = encodeLanguageProfiles({ Latn: latin, Cyrl: cyrillic }, 0.25);

  it("spans the log-probabilities with the available levels", () => {
    expect(data.weightOffset).toBe(-3);
    expect(data.weightStep).toBeCloseTo(9 / (levelCount - 1));
    expect(data.confidenceScale).toBe(0.25);
  });

  it("stores plain JSON with no character a template literal would need escaped", () => {
    for (const script of [data.scripts.Latn, data.scripts.Cyrl]) {
      expect(() => JSON.parse(script.weightsJson)).not.toThrow();
      const weights = Object.values(JSON.parse(script.weightsJson) as Record<string, string>);
      expect(weights.join("")).not.toMatch(/["\\`$]/u);
    }
  });

  it("decodes to the log-probabilities within half a level", () => {
    const profiles = decodeLanguageProfiles(data);
    for (const [script, table] of [
      ["Latn", latin],
      ["Cyrl", cyrillic],
    ] as const) {
      const decoded = profiles.scripts[script];
      expect(decoded.languages).toEqual(table.languages);
      for (const [ngram, values] of table.rows) {
        const weights = decoded.weightsByNgram[ngram] ?? "";
        values.forEach((value, index) => {
          const restored = data.weightOffset - levelAt(weights, index) * data.weightStep;
          expect(Math.abs(restored - value)).toBeLessThanOrEqual(data.weightStep / 2 + 1e-9);
        });
      }
    }
  });

  it("finds nothing for n-grams outside the vocabulary, prototype names included", () => {
    const profiles = decodeLanguageProfiles(data);
    expect(profiles.scripts.Latn.weightsByNgram.zzz).toBeUndefined();
    expect(profiles.scripts.Latn.weightsByNgram.constructor).toBeUndefined();
  });
});
