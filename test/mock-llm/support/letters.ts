/** Letters only Kazakh Cyrillic has (Russian has none of them). */
export const kazakhLetters = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
/** Any Cyrillic letter. */
export const cyrillicLetters = /\p{Script=Cyrillic}/u;
