/**
 * The Kazakh Latin alphabet of 2021 (31 letters) and the letter table from Kazakh Cyrillic.
 * Sources and the rules for letters outside the alphabet: see transliterate-kazakh-to-latin.ts.
 */

/** The 31 letters, in alphabetical order, as upper and lower case pairs. */
export const kazakhLatinAlphabet: readonly (readonly [upper: string, lower: string])[] = [
  ["A", "a"],
  ["Ä", "ä"],
  ["B", "b"],
  ["D", "d"],
  ["E", "e"],
  ["F", "f"],
  ["G", "g"],
  ["Ğ", "ğ"],
  ["H", "h"],
  ["I", "ı"],
  ["İ", "i"],
  ["J", "j"],
  ["K", "k"],
  ["L", "l"],
  ["M", "m"],
  ["N", "n"],
  ["Ñ", "ñ"],
  ["O", "o"],
  ["Ö", "ö"],
  ["P", "p"],
  ["Q", "q"],
  ["R", "r"],
  ["S", "s"],
  ["Ş", "ş"],
  ["T", "t"],
  ["U", "u"],
  ["Ū", "ū"],
  ["Ü", "ü"],
  ["V", "v"],
  ["Y", "y"],
  ["Z", "z"],
];

/**
 * Lower-case Kazakh Cyrillic (all 42 letters) to lower-case Latin.
 * Upper case is derived by `toKazakhLatinUpperCase`, never by `toUpperCase` alone (i → İ, ı → I).
 */
export const kazakhCyrillicToLatin: Readonly<Record<string, string>> = {
  // The 33 letters shared with Russian.
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "io",
  ж: "j",
  з: "z",
  и: "i",
  й: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "h",
  ц: "ts",
  ч: "ch",
  ш: "ş",
  щ: "şş",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "iu",
  я: "ia",
  // The 9 letters of Kazakh only.
  ә: "ä",
  ғ: "ğ",
  қ: "q",
  ң: "ñ",
  ө: "ö",
  ұ: "ū",
  ү: "ü",
  һ: "h",
  і: "ı",
};

/** Upper case in the Kazakh Latin alphabet: i → İ and ı → I, as in Turkish. */
export function toKazakhLatinUpperCase(latin: string): string {
  let upper = "";
  for (const letter of latin) {
    if (letter === "i") upper += "İ";
    else if (letter === "ı") upper += "I";
    else upper += letter.toUpperCase();
  }
  return upper;
}
