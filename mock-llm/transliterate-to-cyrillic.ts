/**
 * Latin (French spelling) to Cyrillic, letter by letter, with a few French digraphs.
 * Not a transliteration standard: just enough for output that looks like the target script.
 * The Kazakh table leans on the letters Russian lacks (ә ғ қ ң ө ұ ү һ і) so that a
 * language check tells the two apart; the Russian table uses none of them.
 */
export interface CyrillicTable {
  /** Longest first: tried before single letters. */
  readonly digraphs: readonly (readonly [string, string])[];
  readonly letters: Readonly<Record<string, string>>;
  /** `c` and `g` before e, i, y (soft) or elsewhere (hard). */
  readonly softC: string;
  readonly hardC: string;
  readonly softG: string;
  readonly hardG: string;
  /** A final silent `e` in words of three letters or more. */
  readonly finalE?: string;
  /** `n` before a consonant or at the end of a word (French nasal vowels). */
  readonly nasalN?: string;
}

export const kazakhTable: CyrillicTable = {
  digraphs: [
    ["eau", "о"],
    ["ch", "ш"],
    ["sh", "ш"],
    ["gn", "ң"],
    ["ng", "ң"],
    ["ou", "ұ"],
    ["qu", "қ"],
    ["ph", "ф"],
    ["th", "т"],
    ["eu", "ө"],
    ["ai", "ә"],
    ["au", "о"],
    ["oi", "уа"],
    ["kh", "х"],
    ["zh", "ж"],
  ],
  letters: letterPairs(
    "a=а à=ә â=ә ä=ә b=б ç=с d=д e=е é=ә è=е ê=е ë=е f=ф h=һ i=і î=і ï=і j=ж k=қ l=л m=м " +
      "n=н o=о ô=ө ö=ө p=п q=қ r=р s=с t=т u=ү û=ү ù=ү ü=ү v=в w=у x=кс y=ы ÿ=ы z=з œ=ө æ=ә",
  ),
  softC: "с",
  hardC: "қ",
  softG: "ж",
  hardG: "ғ",
  finalE: "і",
  nasalN: "ң",
};

export const russianTable: CyrillicTable = {
  digraphs: [
    ["eau", "о"],
    ["ch", "ш"],
    ["sh", "ш"],
    ["gn", "нь"],
    ["ou", "у"],
    ["qu", "к"],
    ["ph", "ф"],
    ["th", "т"],
    ["eu", "ё"],
    ["ai", "э"],
    ["au", "о"],
    ["oi", "уа"],
    ["kh", "х"],
    ["zh", "ж"],
    ["ts", "ц"],
    ["ya", "я"],
    ["yu", "ю"],
  ],
  letters: letterPairs(
    "a=а à=а â=а ä=а b=б ç=с d=д e=е é=е è=э ê=е ë=е f=ф h=х i=и î=и ï=и j=ж k=к l=л m=м " +
      "n=н o=о ô=о ö=ё p=п q=к r=р s=с t=т u=ю û=ю ù=ю ü=ю v=в w=в x=кс y=ы ÿ=ы z=з œ=ё æ=э",
  ),
  softC: "с",
  hardC: "к",
  softG: "ж",
  hardG: "г",
};

/** `"a=а b=б"` to `{ a: "а", b: "б" }`: one pair per letter, compact enough to read as a table. */
function letterPairs(pairs: string): Readonly<Record<string, string>> {
  const entries = pairs.split(" ").map((pair): [string, string] => {
    const [latin = "", cyrillic = ""] = pair.split("=");
    return [latin, cyrillic];
  });
  return Object.fromEntries(entries);
}

const softeningVowels = new Set(["e", "é", "è", "ê", "ë", "i", "î", "ï", "y"]);
const vowels = new Set([..."aàâäeéèêëiîïoôöuûùüyÿœæ"]);

/** Transliterates one lower-case word; letters the table lacks lose their accents or stay. */
export function transliterateWord(word: string, table: CyrillicTable): string {
  const letters = Array.from(word);
  let output = "";
  let index = 0;
  while (index < letters.length) {
    const digraph = table.digraphs.find(
      ([latin]) => latin === letters.slice(index, index + latin.length).join(""),
    );
    if (digraph) {
      output += digraph[1];
      index += Array.from(digraph[0]).length;
      continue;
    }
    output += transliterateLetter(letters, index, table);
    index += 1;
  }
  return output;
}

function transliterateLetter(
  letters: readonly string[],
  index: number,
  table: CyrillicTable,
): string {
  const letter = letters[index] ?? "";
  const next = letters[index + 1];
  const isLast = index === letters.length - 1;
  if (letter === "c") return next && softeningVowels.has(next) ? table.softC : table.hardC;
  if (letter === "g") return next && softeningVowels.has(next) ? table.softG : table.hardG;
  if (letter === "e" && isLast && letters.length >= 3 && table.finalE) return table.finalE;
  if (letter === "n" && table.nasalN && index > 0 && (isLast || (next && !vowels.has(next)))) {
    return table.nasalN;
  }
  const mapped = table.letters[letter];
  if (mapped !== undefined) return mapped;
  const bare = letter.normalize("NFD").replace(/\p{M}/gu, "");
  return bare !== letter ? transliterateLetter([bare], 0, table) : letter;
}
