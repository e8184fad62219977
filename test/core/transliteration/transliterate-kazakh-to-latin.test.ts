import { describe, expect, it } from "vitest";
import { transliterateKazakhToLatin } from "../../../src/core/transliteration/transliterate-kazakh-to-latin";

describe("transliterateKazakhToLatin", () => {
  it.each([
    ["Қазақстан", "Qazaqstan"],
    ["Тоқаев", "Toqaev"],
    ["Қасым-Жомарт Тоқаев", "Qasym-Jomart Toqaev"],
    ["Астана", "Astana"],
    ["Алматы", "Almaty"],
    ["үкімет", "ükımet"],
    ["ұлттық", "ūlttyq"],
    ["ақша", "aqşa"],
    ["шаруашылық", "şaruaşylyq"],
    ["Қазақстан Республикасы", "Qazaqstan Respublikasy"],
    ["және", "jäne"],
    ["мұнай өңдеу", "mūnai öñdeu"],
    ["Ұлттық банк", "Ūlttyq bank"],
  ])("writes %s as %s", (cyrillic, latin) => {
    expect(transliterateKazakhToLatin(cyrillic)).toBe(latin);
  });

  it("reproduces the 2021 sample of Wikipedia's Kazakh alphabets article", () => {
    const cyrillic =
      "Бұрыңғы өткен заманда, бір данышпан кісі, Бағдат шаһарының бір үлкен қазысының үйіне " +
      "келіп қоныпты. Қазыменен сөйлесіп, қазыны сөзге жеңе беріпті.";
    const latin =
      "Būryñğy ötken zamanda, bır danyşpan kısı, Bağdat şaharynyñ bır ülken qazysynyñ üiıne " +
      "kelıp qonypty. Qazymenen söilesıp, qazyny sözge jeñe berıptı.";
    expect(transliterateKazakhToLatin(cyrillic)).toBe(latin);
  });

  describe("и, й and у", () => {
    it("writes и and й as i whatever the context", () => {
      expect(transliterateKazakhToLatin("киім сый ми бие")).toBe("kiım syi mi bie");
      expect(transliterateKazakhToLatin("Ильин Йемен")).toBe("İlin İemen");
    });

    it("writes у as u, vowel or glide", () => {
      expect(transliterateKazakhToLatin("тау ауыл су университет")).toBe("tau auyl su universitet");
    });

    it("keeps і and ы apart: ı and y", () => {
      expect(transliterateKazakhToLatin("біл был ІЛЕ ЫДЫС")).toBe("bıl byl ILE YDYS");
    });
  });

  describe("letters of Russian loanwords", () => {
    it.each([
      ["цирк", "tsirk"],
      ["чемпионат", "chempionat"],
      ["щётка", "şşiotka"],
      ["ащы", "aşşy"],
      ["юрист", "iurist"],
      ["яхта", "iahta"],
      ["ёлка", "iolka"],
      ["экономика", "ekonomika"],
      ["объект", "obekt"],
      ["компьютер", "kompiuter"],
      ["хабар", "habar"],
      ["шаһар", "şahar"],
    ])("writes %s as %s", (cyrillic, latin) => {
      expect(transliterateKazakhToLatin(cyrillic)).toBe(latin);
    });
  });

  describe("case", () => {
    it("keeps all capitals and title case", () => {
      expect(transliterateKazakhToLatin("ШАҒЫН")).toBe("ŞAĞYN");
      expect(transliterateKazakhToLatin("Шағын")).toBe("Şağyn");
      expect(transliterateKazakhToLatin("ҚАЗАҚСТАН")).toBe("QAZAQSTAN");
    });

    it("uses the Turkish pairs for capital I", () => {
      expect(transliterateKazakhToLatin("Іле Ырғыз Ислам Йод")).toBe("Ile Yrğyz İslam İod");
    });

    it("writes a multi-letter capital in title case, or all capitals inside capitals", () => {
      expect(transliterateKazakhToLatin("Цой Чехия Щучинск Юлия Ялта Ёж")).toBe(
        "Tsoi Chehiia Şşuchinsk İuliia İalta İoj",
      );
      expect(transliterateKazakhToLatin("ЦСКА ЮНЕСКО ПЛАЩ ЧЕХИЯ")).toBe(
        "TSSKA İUNESKO PLAŞŞ CHEHİİA",
      );
      expect(transliterateKazakhToLatin("Я Ю")).toBe("İa İu");
    });
  });

  describe("what is left as it is", () => {
    it("keeps digits, punctuation and spacing", () => {
      expect(transliterateKazakhToLatin("2025 жылғы 13 наурыз: 3,3 млн доллар (1,5 %)!")).toBe(
        "2025 jylğy 13 nauryz: 3,3 mln dollar (1,5 %)!",
      );
      expect(transliterateKazakhToLatin("«Астана» — 1\n\tАлматы")).toBe("«Astana» — 1\n\tAlmaty");
    });

    it("keeps Latin words, including letters outside the Kazakh alphabet", () => {
      expect(transliterateKazakhToLatin("Apple және Microsoft компаниялары")).toBe(
        "Apple jäne Microsoft kompaniialary",
      );
      expect(transliterateKazakhToLatin("Commodoresте")).toBe("Commodoreste");
    });

    it("keeps other scripts and Cyrillic letters that are not Kazakh", () => {
      expect(transliterateKazakhToLatin("Київ 北京 Ελλάδα")).toBe("Kiїv 北京 Ελλάδα");
    });

    it("returns an empty string for an empty string", () => {
      expect(transliterateKazakhToLatin("")).toBe("");
    });
  });

  describe("input clean-up", () => {
    it("maps Latin look-alikes typed inside Cyrillic words", () => {
      expect(transliterateKazakhToLatin("бiр үшiн Cаяси Mоливуд")).toBe("bır üşın Saiasi Molivud");
    });

    it("reads a decomposed й (и + combining breve) as one letter", () => {
      expect(transliterateKazakhToLatin("сы\u0438\u0306")).toBe("syi");
      expect(transliterateKazakhToLatin("Әл\u0438\u0306")).toBe("Äli");
    });
  });
});
