import type { GlossaryEntry } from "../../src/core/quality/qa-report";

/**
 * A small glossary of names frequent in NTREX (the development set), with the forms the
 * human references use. The eval runs every pair with it: clean references measure the
 * glossary check's false alarms, misspelt names its catches.
 */
const names: readonly (readonly [string, string, string, string])[] = [
  ["Trump", "Trump", "Трамп", "Трамп"],
  ["Kavanaugh", "Kavanaugh", "Кавано", "Кавано"],
  ["Palu", "Palu", "Палу", "Палу"],
  ["Rangers", "Rangers", "Рейнджерс", "Рейнджерс"],
  ["Washington", "Washington", "Вашингтон", "Вашингтон"],
  ["Brett", "Brett", "Бретт", "Бретт"],
  ["Ryder", "Ryder", "Райдер", "Райдер"],
  ["Macédoine", "Macedonia", "Македония", "Македония"],
  ["Écosse", "Scotland", "Шотландия", "Шотландия"],
  ["Bolivie", "Bolivia", "Боливия", "Боливия"],
  ["Pékin", "Beijing", "Пекин", "Пекин"],
  ["Jones", "Jones", "Джонс", "Джонс"],
  ["Mexique", "Mexico", "Мексика", "Мексика"],
  ["Pyongyang", "Pyongyang", "Пхеньян", "Пхеньян"],
  ["Waters", "Waters", "Уотерс", "Уотерс"],
  ["Massachusetts", "Massachusetts", "Массачусетс", "Массачусетс"],
  ["Simpson", "Simpson", "Симпсон", "Симпсон"],
  ["Menga", "Menga", "Менга", "Менга"],
  ["Berners-Lee", "Berners-Lee", "Бернерс-Ли", "Бернерс-Ли"],
  ["Sulawesi", "Sulawesi", "Сулавеси", "Сулавеси"],
  ["Londres", "London", "Лондон", "Лондон"],
  ["Indonésie", "Indonesia", "Индонезия", "Индонезия"],
  ["Bjorn", "Bjorn", "Бьорн", "Бьорн"],
  ["Vann", "Vann", "Ванн", "Ванн"],
  ["Livingston", "Livingston", "Ливингстон", "Ливингстон"],
  ["Donggala", "Donggala", "Донггала", "Донггала"],
  ["Russie", "Russia", "Россия", "Ресей"],
  ["Chine", "China", "Китай", "Қытай"],
];

export const ntrexGlossary: readonly GlossaryEntry[] = names.map(([source, en, ru, kk]) => ({
  source,
  targets: { en, ru, kk },
}));
