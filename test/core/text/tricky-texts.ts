/** Letters, marks, digits, cases and scripts that trip scanners up, astral ones included. */
const alphabet = [
  "A",
  "z",
  "é",
  "e\u0301",
  "\u0301",
  "Ё",
  "й",
  "қ",
  "Ә",
  "İ",
  "ß",
  "ǅ",
  "Ω",
  "Σ",
  "中",
  "𝐀",
  "𝐚",
  "𝟙",
  "1",
  "٣",
  "’",
  "'",
  "-",
  " ",
  "\u00a0",
  ".",
  "«",
  "⟦",
  "\ud800",
];

function randomTexts(count: number): string[] {
  let seed = 7;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: next() % 40 }, () => alphabet[next() % alphabet.length]).join(""),
  );
}

/** News sentences in the three scripts, then random strings of tricky characters. */
export const trickyTexts = [
  "Le président Kassym-Jomart Tokaïev s’est rendu à Astana, l’an 2024. M. Macron aussi.",
  "Президент Қасым-Жомарт Тоқаев Астанаға барды.",
  "Президент Касым-Жомарт Токаев прибыл в Астану. «Это важно», — сказал он.",
  ...randomTexts(400),
];
