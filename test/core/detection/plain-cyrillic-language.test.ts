import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../../src/core/detection/detect-language";
import { isPlainCyrillicLanguage } from "../../../src/core/detection/plain-cyrillic-language";

const kazakh =
  "Президент сейсенбі күні келесі жылға арналған зейнетақы реформасын жариялады. Бұл шешім ұзақ талқылаудан кейін қабылданды.";
const russian =
  "Президент во вторник объявил о пенсионной реформе на следующий год. Это решение было принято после долгих споров.";
const ukrainian = "Президент у вівторок оголосив про пенсійну реформу на наступний рік.";
const kyrgyz = "Ал төмөнкүдөй айтты: биз дагы көп нерсени биле элекбиз жана көптөгөн түрлөрү бар.";

describe("isPlainCyrillicLanguage", () => {
  it("recognises plain Kazakh and plain Russian", () => {
    expect(isPlainCyrillicLanguage(kazakh, "kk")).toBe(true);
    expect(isPlainCyrillicLanguage(russian, "ru")).toBe(true);
  });

  it("leaves the other language and neighbours to the model", () => {
    expect(isPlainCyrillicLanguage(russian, "kk")).toBe(false);
    expect(isPlainCyrillicLanguage(kazakh, "ru")).toBe(false);
    expect(isPlainCyrillicLanguage(ukrainian, "ru")).toBe(false);
    expect(isPlainCyrillicLanguage(kyrgyz, "kk")).toBe(false);
    expect(isPlainCyrillicLanguage("The president announced a reform.", "kk")).toBe(false);
  });

  it("judges each sentence: a Russian sentence in Kazakh is not plain Kazakh", () => {
    const mixed = `${kazakh} Это решение было принято после долгих споров и обсуждений.`;
    expect(isPlainCyrillicLanguage(mixed, "kk")).toBe(false);
  });
});

describe("detectLanguage with an expected language", () => {
  it("answers plain texts without the model and others as without the hint", () => {
    expect(detectLanguage(kazakh, "kk")).toMatchObject({ language: "kk", confidence: 1 });
    expect(detectLanguage(kyrgyz, "kk")).toEqual(detectLanguage(kyrgyz));
    expect(detectLanguage(russian, "en")).toEqual(detectLanguage(russian));
  });
});
