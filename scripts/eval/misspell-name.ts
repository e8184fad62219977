import { pickOne, type RandomSource } from "./seeded-random";

const vowels = ["aeiouy", "аеиоуыэюяәөүұі"];

function vowelSet(letter: string): string | undefined {
  return vowels.find((set) => set.includes(letter.toLowerCase()));
}

function replaceVowel(letter: string, random: RandomSource): string {
  const set = vowelSet(letter) ?? "";
  const others = [...set].filter((candidate) => candidate !== letter.toLowerCase());
  const chosen = pickOne(random, others) ?? letter;
  return letter === letter.toUpperCase() ? chosen.toUpperCase() : chosen;
}

/**
 * Misspells the letters of `text` in [start, end): a vowel changed (Tokayev → Tokoyev), two
 * letters swapped, or one dropped (Brett → Bret), as name variants usually differ.
 */
export function misspellRange(text: string, start: number, end: number, random: RandomSource) {
  const positions = Array.from({ length: Math.max(0, end - start) }, (_, offset) => start + offset);
  const position = pickOne(random, positions);
  if (position === undefined) return undefined;
  const letter = text[position] ?? "";
  const next = text[position + 1] ?? "";
  const head = text.slice(0, position);
  const changed =
    vowelSet(letter) !== undefined
      ? `${head}${replaceVowel(letter, random)}${text.slice(position + 1)}`
      : next !== letter && position + 1 < end && random() < 0.5
        ? `${head}${next}${letter}${text.slice(position + 2)}`
        : `${head}${text.slice(position + 1)}`;
  return changed === text ? undefined : changed;
}
