import { describe, expect, it } from "vitest";
import { blockingOf, checkSegment, issuesOf } from "./check-segment";

function numberIssues(language: "en" | "ru" | "kk", source: string, target: string): string[] {
  return issuesOf(checkSegment(language, source, target), "numbers");
}

describe("numbers: amounts with currency and magnitude", () => {
  const source = "Le contrat porte sur 3,3 millions de dollars.";

  it.each([
    ["en", "The contract is worth $3.3 million."],
    ["en", "The contract is worth $3.3m."],
    ["ru", "Контракт оценивается в 3,3 млн долларов."],
    ["ru", "Контракт оценивается в 3,3 миллиона долларов."],
    ["kk", "Келісімшарт құны 3,3 млн доллар."],
    ["kk", "Келісімшарт құны 3,3 миллион долларды құрайды."],
  ] as const)("accepts %s: %s", (language, target) => {
    expect(numberIssues(language, source, target)).toEqual([]);
  });

  it.each([
    ["en", "€54 billion"],
    ["en", "€54bn"],
    ["ru", "54 млрд евро"],
    ["ru", "54 миллиарда евро"],
    ["kk", "54 млрд еуро"],
    ["kk", "54 миллиард еуроға"],
  ] as const)("accepts 54 milliards d'euros as %s %s", (language, amount) => {
    expect(
      numberIssues(language, "Un plan de 54 milliards d'euros.", `A plan: ${amount}.`),
    ).toEqual([]);
  });

  it("blocks a changed magnitude and names what it found", () => {
    const issues = numberIssues("en", "Un plan de 54 milliards d'euros.", "A €54 million plan.");
    expect(issues).toEqual([
      "blocking: number 54 milliards (5.4e10) missing or changed; found 54 million",
    ]);
  });

  it.each([
    ["ru", "План на 54 млн евро."],
    ["kk", "54 млн еуро жоспар."],
  ] as const)("blocks млн for milliards in %s", (language, target) => {
    expect(numberIssues(language, "Un plan de 54 milliards d'euros.", target)).toHaveLength(1);
  });

  it("reads French billion as 10^12 and English billion as 10^9", () => {
    expect(numberIssues("en", "Une dette de 2 billions d'euros.", "A €2 trillion debt.")).toEqual(
      [],
    );
    expect(
      numberIssues("en", "Une dette de 2 billions d'euros.", "A €2 billion debt."),
    ).toHaveLength(1);
  });

  it("accepts thousands written as magnitude words", () => {
    const source = "Sa caution a été fixée à 350 000 dollars.";
    expect(numberIssues("ru", source, "Залог составил 350 тыс. долларов.")).toEqual([]);
    expect(numberIssues("en", source, "His bond was set at $350,000.")).toEqual([]);
    expect(numberIssues("kk", source, "Кепілзат 350 мың доллар болды.")).toEqual([]);
  });
});

describe("numbers: separators, decimals and percentages", () => {
  it.each([
    ["en", "Attendance reached 50,200."],
    ["ru", "Посещаемость достигла 50 200."],
    ["kk", "Келушілер саны 50 200 болды."],
    ["ru", "Посещаемость достигла 50\u00a0200."],
    ["ru", "Посещаемость достигла 50\u202f200."],
    ["en", "Attendance reached 50200."],
  ] as const)("50 200 = %s %s", (language, target) => {
    expect(numberIssues(language, "Le public a atteint 50 200 personnes.", target)).toEqual([]);
  });

  it.each([
    ["en", "Prices rose 1.5%."],
    ["en", "Prices rose 1.5 per cent."],
    ["ru", "Цены выросли на 1,5 %."],
    ["kk", "Бағалар 1,5 пайызға өсті."],
  ] as const)("1,5 % = %s %s", (language, target) => {
    expect(numberIssues(language, "Les prix ont augmenté de 1,5 %.", target)).toEqual([]);
  });

  it("blocks a changed decimal", () => {
    expect(numberIssues("en", "Les prix ont augmenté de 1,5 %.", "Prices rose 2.5%.")).toEqual([
      "blocking: number 1,5 (1.5) missing or changed; found 2.5",
    ]);
  });

  it("blocks a dropped number", () => {
    const issues = numberIssues(
      "ru",
      "Plus de 1 100 personnes ont été tuées.",
      "Погибло много людей.",
    );
    expect(issues).toEqual(["blocking: number 1 100 (1100) missing or changed"]);
  });

  it("reads thin and narrow no-break spaces as thousands separators", () => {
    const source = "6\u2009000 personnes sur un total de 330\u202f000";
    expect(numberIssues("en", source, "6,000 of the total 330,000 people")).toEqual([]);
    expect(numberIssues("kk", source, "жалпы 330 000 адамның 6 мыңы")).toEqual([]);
  });

  it("treats 1,100 as either 1100 or 1.1", () => {
    expect(numberIssues("en", "Plus de 1 100 personnes.", "More than 1,100 people.")).toEqual([]);
  });
});

describe("numbers: dates, years, ordinals and times", () => {
  const source = "Le sommet s'est tenu le 13 mars 2025 à Astana.";

  it.each([
    ["en", "The summit was held on 13 March 2025 in Astana."],
    ["en", "The summit was held on March 13, 2025 in Astana."],
    ["ru", "Саммит прошёл 13 марта 2025 года в Астане."],
    ["kk", "Саммит 2025 жылғы 13 наурызда Астанада өтті."],
    ["kk", "Саммит 2025 жылғы 13 наурыз күні Астанада өтті."],
  ] as const)("accepts the date in %s: %s", (language, target) => {
    expect(numberIssues(language, source, target)).toEqual([]);
  });

  it("blocks a changed month", () => {
    expect(numberIssues("ru", source, "Саммит прошёл 13 мая 2025 года в Астане.")).toEqual([
      "blocking: date month mars (month 3) missing or changed; found мая",
    ]);
  });

  it("reads the Kazakh voiced month form (қыркүйегінде)", () => {
    const issues = numberIssues("kk", "Le 29 septembre 1918.", "1918 жылдың 29 қыркүйегінде.");
    expect(issues).toEqual([]);
  });

  it("accepts ordinals and decades", () => {
    expect(numberIssues("en", "le 1er octobre", "on 1 October")).toEqual([]);
    expect(numberIssues("ru", "le 25e amendement", "25-й поправки")).toEqual([]);
    expect(numberIssues("kk", "le 25e amendement", "25-ші түзету")).toEqual([]);
    expect(numberIssues("en", "dans les années 80", "in the 1980s")).toEqual([]);
    expect(numberIssues("ru", "la guerre de Corée (1950-1953)", "войны 1950-53 гг.")).toEqual([]);
  });

  it("accepts clock times in 24- and 12-hour forms", () => {
    expect(numberIssues("en", "à 15 h jeudi", "at 3 p.m. on Thursday")).toEqual([]);
    expect(numberIssues("en", "À 07h55, la femme", "at 7.55am the woman")).toEqual([]);
    expect(numberIssues("ru", "À 07h55, la femme", "в 7:55 женщина")).toEqual([]);
    expect(numberIssues("kk", "à 13 h", "күндізгі сағат 1-ге дейін")).toEqual([]);
    expect(numberIssues("en", "à 15 h jeudi", "at 5 p.m. on Thursday")).toHaveLength(1);
  });
});

describe("numbers: spelled-out numbers", () => {
  it.each([
    ["en", "Nine Catalan leaders are in jail."],
    ["ru", "Девять каталонских лидеров в тюрьме."],
    ["ru", "Девяти каталонским лидерам грозит суд."],
    ["kk", "Тоғыз каталон көшбасшысы түрмеде."],
    ["kk", "Тоғыздың бірі түрмеде."],
  ] as const)("accepts 9 written out in %s: %s", (language, target) => {
    expect(numberIssues(language, "Les 9 dirigeants catalans sont en prison.", target)).toEqual([]);
  });

  it("accepts compounds and collectives", () => {
    expect(numberIssues("en", "20 % des élèves", "Twenty per cent of pupils")).toEqual([]);
    expect(numberIssues("en", "25 manifestants", "twenty-five protesters")).toEqual([]);
    expect(numberIssues("ru", "6 agents blessés", "ранено шестеро полицейских")).toEqual([]);
    expect(numberIssues("kk", "25 manifestants", "жиырма бес наразылық білдірушi")).toEqual([]);
    expect(numberIssues("ru", "des souris de 4 mois", "четырёхмесячные мыши")).toEqual([]);
  });

  it("accepts spelled-out source numbers written with digits", () => {
    expect(numberIssues("en", "deux églises", "2 churches")).toEqual([]);
  });

  it("does not let a spelled word stand in when a digit is unexplained", () => {
    const issues = numberIssues("kk", "Chelsea menait 1 à 0.", "Челси 4-0 есебімен бір ұпай алды.");
    expect(issues).toEqual(["blocking: number 1 (1) missing or changed; found 4"]);
  });
});

describe("numbers: unit conversions by human translators", () => {
  it("warns, without blocking, when a measurement was converted", () => {
    const report = checkSegment("en", "un porc de 250 kg", "a 550 pound hog");
    expect(blockingOf(report, "numbers")).toEqual([]);
    expect(issuesOf(report, "numbers")).toEqual([
      "warning: number 250 (250) missing or changed; found 550 (units converted?)",
    ]);
  });

  it("converts temperatures and ranges", () => {
    const hot = checkSegment("en", "il faisait 26 degrés", "it was 80 degrees");
    expect(blockingOf(hot, "numbers")).toEqual([]);
    const rain = checkSegment("en", "entre 2,5 et 10 cm de pluie", "1 to 4 inches of rain");
    expect(blockingOf(rain, "numbers")).toEqual([]);
  });

  it("blocks when the metric unit is kept with another number", () => {
    const report = checkSegment("en", "situé à 72 km", "45 miles (92 kilometers) away");
    expect(blockingOf(report, "numbers")).toHaveLength(1);
  });
});

describe("numbers: what is not a number of the text", () => {
  it("ignores placeholders and link URLs", () => {
    const source = "Voir ⟦1⟧ et [le rapport](https://example.org/2024/report-7).";
    const target = "See ⟦1⟧ and [the report](https://example.org/2024/report-7).";
    expect(numberIssues("en", source, target)).toEqual([]);
  });
});
