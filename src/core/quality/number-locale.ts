/** The languages whose number forms the numbers check reads: the French source and the targets. */
export type NumberLocale = "fr" | "en" | "ru" | "kk";
