/**
 * Kazakh Cyrillic → Kazakh Latin, following the 2021 alphabet (31 letters: A Ä B D E F G Ğ H
 * I İ J K L M N Ñ O Ö P Q R S Ş T U Ū Ü V Y Z).
 *
 * Sources:
 * - Draft government decree on the Kazakh alphabet based on Latin script, 2021
 *   (legalacts.egov.kz/npa/view?id=8243312), as tabulated by Wikipedia "Kazakh alphabets"
 *   (Latin 2021 column) and the npm package qazlatyn-db 4.0.0 ("Latin 2021 approved version").
 * - Anadolu Agency, April 2021: "The new Kazakh alphabet has 31 letters". The January 2021
 *   draft wrote ң as Ŋ; the version in force writes Ñ.
 *
 * Letter table (one letter each): а a, ә ä, б b, в v, г g, ғ ğ, д d, е e, ж j, з z, и i, й i,
 * к k, қ q, л l, м m, н n, ң ñ, о o, ө ö, п p, р r, с s, т t, у u, ұ ū, ү ü, ф f, х h, һ h,
 * ш ş, ы y, і ı (dotless), э e.
 *
 * Rules for the tricky letters (deterministic, no dictionary):
 * - і → ı and ы → y; и and й → i (dotted). Upper case follows Turkish: ı ↔ I, i ↔ İ,
 *   so І → I, И/Й → İ. The official rule merges и and й into i whatever the context
 *   ("ій"/"ый" are not restored): киім → kiım, сый → syi, Тоқаев → Toqaev.
 * - у → u everywhere, vowel or glide alike (тау → tau, ауыл → auyl).
 * - Letters outside the alphabet, found in Russian loanwords, are spelled with its letters:
 *   ц → ts, ч → ch (the 2021 table; there is no Ç in the 31 letters), щ → şş, ё → io,
 *   ю → iu, я → ia (й + vowel, with й → i), э → e; ъ and ь are dropped.
 *   Loanwords are transliterated letter by letter, not respelled: компьютер → kompiuter.
 * - Case: a one-letter result takes the case of the source letter. A multi-letter result
 *   (ts, ch, şş, io, iu, ia) is all capitals inside an all-capitals word (ЦСКА → TSSKA) and
 *   title case otherwise (Цой → Tsoi, Юлия → İuliia).
 * - Everything that is not Kazakh Cyrillic (digits, punctuation, Latin words, other scripts,
 *   other Cyrillic letters such as ї) is left as it is. Latin look-alikes typed inside
 *   Cyrillic words ("бiр" with a Latin i) are first mapped back to Cyrillic.
 * - Input is normalised to NFC first, so a decomposed й (и + U+0306) is one letter.
 */
import { kazakhCyrillicToLatin, toKazakhLatinUpperCase } from "./kazakh-latin-alphabet";
import { replaceLatinHomoglyphs } from "./replace-latin-homoglyphs";

function isLetter(character: string | undefined): boolean {
  return character !== undefined && /\p{L}/u.test(character);
}

function isUpperCaseLetter(character: string | undefined): boolean {
  return isLetter(character) && character !== character?.toLowerCase();
}

/** True when the capital at `index` sits in an all-capitals word (ЦСКА, not Цой). */
function isInAllCapitalsWord(characters: readonly string[], index: number): boolean {
  const next = characters[index + 1];
  if (isLetter(next)) return isUpperCaseLetter(next);
  return isUpperCaseLetter(characters[index - 1]);
}

function toTitleCase(latin: string): string {
  const [first = "", ...rest] = latin;
  return toKazakhLatinUpperCase(first) + rest.join("");
}

function transliterateCapital(latin: string, characters: readonly string[], index: number): string {
  if (latin.length <= 1 || isInAllCapitalsWord(characters, index)) {
    return toKazakhLatinUpperCase(latin);
  }
  return toTitleCase(latin);
}

function transliterateCharacter(characters: readonly string[], index: number): string {
  const character = characters[index] ?? "";
  const lowerCase = character.toLowerCase();
  const latin = kazakhCyrillicToLatin[lowerCase];
  if (latin === undefined) return character;
  if (character === lowerCase) return latin;
  return transliterateCapital(latin, characters, index);
}

/** Writes Kazakh Cyrillic text in the 2021 Kazakh Latin alphabet (rules above). */
export function transliterateKazakhToLatin(text: string): string {
  const characters = Array.from(replaceLatinHomoglyphs(text.normalize("NFC")));
  let latin = "";
  for (let index = 0; index < characters.length; index++) {
    latin += transliterateCharacter(characters, index);
  }
  return latin;
}
