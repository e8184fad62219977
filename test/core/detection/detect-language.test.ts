import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../../src/core/detection/detect-language";
import { maxAnalysedCharacters } from "../../../src/core/detection/score-text";

const sentences: readonly (readonly [language: string, script: string, text: string])[] = [
  [
    "fr",
    "Latn",
    "Le gouvernement a annoncé mardi une hausse des salaires dans la fonction publique.",
  ],
  ["en", "Latn", "The government announced on Tuesday a pay rise for public sector workers."],
  [
    "de",
    "Latn",
    "Die Regierung kündigte am Dienstag eine Lohnerhöhung für den öffentlichen Dienst an.",
  ],
  [
    "ru",
    "Cyrl",
    "Правительство во вторник объявило о повышении зарплат работникам бюджетной сферы.",
  ],
  [
    "kk",
    "Cyrl",
    "Үкімет сейсенбі күні мемлекеттік қызметкерлердің жалақысын көтеретінін жариялады.",
  ],
  ["uk", "Cyrl", "Уряд у вівторок оголосив про підвищення зарплат працівникам бюджетної сфери."],
  ["ky", "Cyrl", "Өкмөт шейшемби күнү мамлекеттик кызматкерлердин айлыгын көтөрөрүн жарыялады."],
  [
    "tt",
    "Cyrl",
    "Хөкүмәт сишәмбе көнне дәүләт хезмәткәрләренең хезмәт хакын арттыруны игълан итте.",
  ],
  [
    "uz",
    "Latn",
    "Hukumat seshanba kuni davlat xizmatchilarining maoshlarini oshirishini eʼlon qildi.",
  ],
];

describe("detectLanguage", () => {
  it.each(sentences)("detects %s (%s)", (language, script, text) => {
    const result = detectLanguage(text);
    expect(result.language).toBe(language);
    expect(result.script).toBe(script);
    expect(result.confidence).toBeGreaterThan(0.9);
  });

  it("returns und with confidence 0 for text without letters", () => {
    for (const text of ["", "   ", "123 456,78 %", "!!! — ... 2025"]) {
      expect(detectLanguage(text)).toEqual({
        language: "und",
        script: "Zyyy",
        confidence: 0,
        candidates: [],
      });
    }
  });

  it("reports other scripts with und", () => {
    expect(detectLanguage("Καλημέρα σε όλους")).toMatchObject({ language: "und", script: "Grek" });
    expect(detectLanguage("今天天气很好")).toMatchObject({ language: "und", script: "Hani" });
    expect(detectLanguage("مرحبا بالعالم")).toMatchObject({ language: "und", script: "Arab" });
  });

  it("gives at most three candidates, best first, consistent with the result", () => {
    const result = detectLanguage("Алматы қаласында жаңа мектеп ашылды.");
    expect(result.candidates.length).toBeGreaterThan(0);
    expect(result.candidates.length).toBeLessThanOrEqual(3);
    expect(result.candidates[0]).toEqual({
      language: result.language,
      confidence: result.confidence,
    });
    const confidences = result.candidates.map((candidate) => candidate.confidence);
    expect([...confidences].sort((a, b) => b - a)).toEqual(confidences);
    expect(confidences.reduce((sum, value) => sum + value, 0)).toBeLessThanOrEqual(1 + 1e-9);
  });

  it("only lets languages of the text's script compete", () => {
    const latin = detectLanguage("Bonjour à tous");
    const cyrillic = detectLanguage("Всем привет");
    const latinCodes = ["fr", "en", "de", "tr", "az", "uz"];
    expect(latin.candidates.every((c) => latinCodes.includes(c.language))).toBe(true);
    expect(cyrillic.candidates.every((c) => !latinCodes.includes(c.language))).toBe(true);
  });

  it("is less sure of a single word than of a sentence", () => {
    const word = detectLanguage("Алматы");
    const sentence = detectLanguage("Алматы қаласында жаңа мектеп ашылды және оқушылар келді.");
    expect(word.confidence).toBeLessThan(sentence.confidence);
  });

  it("ignores Latin names inside a Kazakh sentence", () => {
    const result = detectLanguage(
      "Apple компаниясы мен Microsoft корпорациясы Алматыда жаңа кеңсе ашатынын мәлімдеді.",
    );
    expect(result).toMatchObject({ language: "kk", script: "Cyrl" });
  });

  it("reads every Uzbek apostrophe the same way", () => {
    for (const apostrophe of ["ʻ", "'", "‘", "’"]) {
      const text = `Bu yil Oʻzbekistonda yangi maktablar qurildi va o${apostrophe}quvchilar soni oshdi.`;
      expect(detectLanguage(text).language).toBe("uz");
    }
  });

  it("judges a long text on its start", () => {
    const kazakh = "Үкімет жаңа бағдарламаны қабылдады және оны іске асыруды бастады. ";
    const french = "Le gouvernement a adopté un nouveau programme. ";
    const text =
      kazakh.repeat(Math.ceil(maxAnalysedCharacters / kazakh.length)) + french.repeat(100);
    expect(detectLanguage(text).language).toBe("kk");
  });

  it("tells Kazakh from Russian inside one translation, sentence by sentence", () => {
    expect(detectLanguage("Бұл шешім экономиканың дамуына әсер етеді.").language).toBe("kk");
    expect(detectLanguage("Это решение повлияет на развитие экономики.").language).toBe("ru");
  });
});
