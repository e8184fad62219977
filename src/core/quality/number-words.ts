import type { NumberLocale } from "./number-locale";

/**
 * Spelled-out numbers per locale, as exact lower-case word forms (Russian cases included).
 * Kazakh forms take suffixes, so Kazakh is matched by stem in `kazakhNumberPattern`.
 */
const frenchWords: Record<string, number> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  cent: 100,
  mille: 1000,
  premier: 1,
  première: 1,
  deuxième: 2,
  second: 2,
  seconde: 2,
  troisième: 3,
  quatrième: 4,
  cinquième: 5,
  sixième: 6,
  septième: 7,
  huitième: 8,
  neuvième: 9,
  dixième: 10,
  douzaine: 12,
};

const englishWords: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  dozen: 12,
  decade: 10,
  single: 1,
  twice: 2,
  double: 2,
  both: 2,
  pair: 2,
  couple: 2,
  triple: 3,
};

/** Russian cardinals with their case forms, collectives (двое, трое…) and ordinal stems. */
const russianForms: readonly (readonly [number, string])[] = [
  [
    1,
    "один одна одно одного одной одному одну одним одном первый первая первое первого первой первом первую первым",
  ],
  [
    2,
    "два две двух двум двумя двое двоих второй вторая второе второго втором вторую вдвое оба обе обоих",
  ],
  [
    3,
    "три трёх трех трём трем тремя трое троих третий третья третье третьего третьей третьем втрое",
  ],
  [4, "четыре четырёх четырех четырём четырем четырьмя четверо четвертый четвёртый четвертая"],
  [5, "пять пяти пятью пятеро пятый пятая пятое пятого"],
  [6, "шесть шести шестью шестеро шестой шестая шестое шестого"],
  [7, "семь семи семью семеро седьмой седьмая седьмое седьмого"],
  [8, "восемь восьми восемью восьмеро восьмой восьмая восьмое восьмого"],
  [9, "девять девяти девятью девятый девятая девятое девятого"],
  [10, "десять десяти десятью десятый десятая десятое десятого десяток десятка десятилетие"],
  [11, "одиннадцать одиннадцати"],
  [12, "двенадцать двенадцати дюжина дюжины"],
  [13, "тринадцать тринадцати"],
  [14, "четырнадцать четырнадцати"],
  [15, "пятнадцать пятнадцати"],
  [16, "шестнадцать шестнадцати"],
  [17, "семнадцать семнадцати"],
  [18, "восемнадцать восемнадцати"],
  [19, "девятнадцать девятнадцати"],
  [20, "двадцать двадцати"],
  [30, "тридцать тридцати"],
  [40, "сорок сорока"],
  [50, "пятьдесят пятидесяти"],
  [60, "шестьдесят шестидесяти"],
  [70, "семьдесят семидесяти"],
  [80, "восемьдесят восьмидесяти"],
  [90, "девяносто девяноста"],
  [100, "сто ста сотня сотни"],
  [1000, "тысяча тысячи"],
  [24, "сутки суток"],
  [1.5, "полтора полторы полутора"],
];

/** Russian compounds such as четырёхмесячные, пятилетний: a number stem glued to a word. */
const russianCompoundPrefixes: readonly (readonly [number, string])[] = [
  [1, "одно"],
  [2, "двух"],
  [3, "трёх"],
  [3, "трех"],
  [4, "четырёх"],
  [4, "четырех"],
  [5, "пяти"],
  [6, "шести"],
  [8, "восьми"],
  [9, "девяти"],
  [10, "десяти"],
  [20, "двадцати"],
  [100, "сто"],
];

const kazakhStems: readonly (readonly [number, string])[] = [
  [1, "бір"],
  [2, "екі"],
  [2, "екеу"],
  [3, "үш"],
  [3, "үшеу"],
  [4, "төрт"],
  [4, "төртеу"],
  [5, "бес"],
  [5, "бесеу"],
  [6, "алты"],
  [6, "алтау"],
  [7, "жеті"],
  [7, "жетеу"],
  [8, "сегіз"],
  [9, "тоғыз"],
  [20, "жиырма"],
  [30, "отыз"],
  [40, "қырық"],
  [50, "елу"],
  [60, "алпыс"],
  [70, "жетпіс"],
  [80, "сексен"],
  [90, "тоқсан"],
  [100, "жүз"],
  [1000, "мың"],
  [24, "тәулік"],
];

/** Endings a Kazakh numeral takes (case, possessive, ordinal, "-fold"); not the bare -ін of үшін. */
const kazakhNumeralEnding =
  "(?:ыншы|інші|ншы|нші|ы|і|ін|сі|еу|ау)?(?:дың|дің|тың|тің|ның|нің|ға|ге|қа|ке|на|не|да|де|та|те|дан|ден|тан|тен|нан|нен|ды|ді|ты|ті|ны|ні|мен|пен|бен|сы|сі|нда|нде|н)?(?:ақ)?";

function buildKazakhNumberPattern(): RegExp {
  const stems = kazakhStems.map(([, stem]) => stem).join("|");
  return new RegExp(`^(${stems})${kazakhNumeralEnding}$`, "u");
}

function buildFormTable(forms: readonly (readonly [number, string])[]): Map<string, number> {
  const table = new Map<string, number>();
  for (const [value, words] of forms) {
    for (const word of words.split(" ")) table.set(word, value);
  }
  return table;
}

const kazakhNumberPattern = buildKazakhNumberPattern();
const kazakhInitials = new Set(kazakhStems.map(([, stem]) => stem[0] ?? ""));
const kazakhStemValues = buildFormTable(kazakhStems);
const tables: Record<Exclude<NumberLocale, "kk">, Map<string, number>> = {
  fr: new Map(Object.entries(frenchWords)),
  en: new Map(Object.entries(englishWords)),
  ru: buildFormTable(russianForms),
};

function russianCompoundValue(word: string): number | undefined {
  for (const [value, prefix] of russianCompoundPrefixes) {
    if (word.length >= prefix.length + 4 && word.startsWith(prefix)) return value;
  }
  return undefined;
}

/** The value of one lower-case spelled-out number word, if it is one. */
export function numberWordValue(word: string, locale: NumberLocale): number | undefined {
  if (locale === "kk") {
    if (word === "он" || word === "оныншы") return 10;
    if (!kazakhInitials.has(word[0] ?? "")) return undefined;
    const match = kazakhNumberPattern.exec(word);
    return match?.[1] === undefined ? undefined : kazakhStemValues.get(match[1]);
  }
  const exact = tables[locale].get(word);
  if (exact !== undefined || locale !== "ru") return exact;
  return russianCompoundValue(word);
}
