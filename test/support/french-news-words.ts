/** French news words: accents, apostrophes, quotes, numbers with spaces, names, punctuation. */
export const frenchNewsWords: readonly string[] = (
  "le|président|a|déclaré|Astana|l'économie|« bien »|12,5 %|3 000|euros|Kazakhstan|—|M.|" +
  "Tokaïev|d’accord|?|“cité”|2025|(voir)|Nur-Sultan"
).split("|");
