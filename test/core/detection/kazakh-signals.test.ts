import { describe, expect, it } from "vitest";
import { kazakhSignals, looksRussianNotKazakh } from "../../../src/core/detection/kazakh-signals";

const kazakh = "Бұл шешім экономиканың дамуына әсер етеді және үкімет оны қолдайды.";
const russian = "Это решение повлияет на развитие экономики, и правительство его поддерживает.";

describe("kazakhSignals", () => {
  it("measures Kazakh-only letters and function words in Kazakh", () => {
    const signals = kazakhSignals(kazakh);
    expect(signals.wordCount).toBe(10);
    expect(signals.kazakhLetterRatio).toBeGreaterThan(0.1);
    expect(signals.kazakhFunctionWords).toBe(3); // бұл, және, оны
    expect(signals.russianFunctionWords).toBe(0);
  });

  it("finds no Kazakh letters and Russian function words in Russian", () => {
    const signals = kazakhSignals(russian);
    expect(signals.kazakhLetterRatio).toBe(0);
    expect(signals.kazakhFunctionWords).toBe(0);
    expect(signals.russianFunctionWords).toBe(4); // это, на, и, его
  });

  it("counts only Cyrillic letters and words", () => {
    const signals = kazakhSignals("Apple және Microsoft 2025");
    expect(signals.cyrillicLetterCount).toBe(4);
    expect(signals.wordCount).toBe(1);
    expect(signals.kazakhLetterRatio).toBeCloseTo(1 / 4);
  });

  it("returns zeros for text with no Cyrillic", () => {
    expect(kazakhSignals("2025 — OK")).toEqual({
      cyrillicLetterCount: 0,
      kazakhLetterRatio: 0,
      wordCount: 0,
      kazakhFunctionWords: 0,
      russianFunctionWords: 0,
    });
  });
});

describe("looksRussianNotKazakh", () => {
  it("flags a Russian sentence and passes a Kazakh one", () => {
    expect(looksRussianNotKazakh(kazakhSignals(russian))).toBe(true);
    expect(looksRussianNotKazakh(kazakhSignals(kazakh))).toBe(false);
  });

  it("flags Russian even without function words", () => {
    expect(
      looksRussianNotKazakh(kazakhSignals("Полиция ищет возможных свидетелей убийства.")),
    ).toBe(true);
  });

  it("never flags short fragments such as names and titles", () => {
    expect(looksRussianNotKazakh(kazakhSignals("Владимир Путин"))).toBe(false);
    expect(looksRussianNotKazakh(kazakhSignals("В Москве"))).toBe(false);
  });

  it("passes Kazakh sentences full of Russian loanwords", () => {
    const loanwords = "Президент Токаев министрлер кабинетінің отырысында экономика туралы айтты.";
    expect(looksRussianNotKazakh(kazakhSignals(loanwords))).toBe(false);
  });
});
