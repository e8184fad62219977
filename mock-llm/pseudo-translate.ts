import { kazakhGlossary, russianGlossary } from "./cyrillic-glossary";
import { englishElisions, englishGlossary } from "./english-glossary";
import type { GlossaryRule } from "./read-glossary-lines";
import {
  type CyrillicTable,
  kazakhTable,
  russianTable,
  transliterateWord,
} from "./transliterate-to-cyrillic";

/**
 * Spans kept exactly as they are: ⟦n⟧ placeholders, URLs and e-mail addresses.
 * Digits, punctuation and Markdown markers (`*`, `**`, `_`, `[…](…)`) are not letters,
 * so the word rewriting below never touches them either.
 */
const protectedSpan =
  /(⟦[^⟦⟧\s]{1,20}⟧|https?:\/\/[^\s<>()"]+[^\s<>()".,;:!?»]|www\.[^\s<>()"]+[^\s<>()".,;:!?»]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/u;
const letterRun = /\p{L}+/gu;
const elision = /(?<!\p{L})(jusqu|lorsqu|puisqu|qu|[cdjlmnst])['’](?=\p{L}|⟦)/giu;
/** French clock times (`19 h 23`, `7h`), which translations write `19:23`, `7:00`. */
const frenchClockTime = /(?<![\p{L}\p{N}])(\d{1,2})\s?h\s?(\d{2})?(?![\p{L}\p{N}])/gu;
/** Stands for the glossary form number N while the other words are rewritten. */
const glossaryMark = /⟦glossary-(\d+)⟧/g;

interface CyrillicLanguage {
  readonly table: CyrillicTable;
  readonly glossary: ReadonlyMap<string, string>;
  /** Drop elided `l'`, `d'`, `s'`… (Kazakh: a lone `с` or `а` would read as Russian). */
  readonly dropElisions: boolean;
}

const cyrillicLanguages: Readonly<Record<string, CyrillicLanguage>> = {
  kk: { table: kazakhTable, glossary: kazakhGlossary, dropElisions: true },
  ru: { table: russianTable, glossary: russianGlossary, dropElisions: false },
};

/**
 * Three-letter codes in tags: a two-letter `EN` would read as the French word "en" to the
 * worker's untranslated-text check, which a real translation never gives it.
 */
const tagCodes: Readonly<Record<string, string>> = { en: "ENG", kk: "KAZ", ru: "RUS" };

/** `[ENG]`, `[KAZ]`, `[RUS]`, `[KAZ-LATN]`: the visible mark that the text is a mock translation. */
export function languageTag(code: string): string {
  const [base = "", ...rest] = code.split("-");
  const tag = [tagCodes[base.toLowerCase()] ?? base.toUpperCase(), ...rest].join("-");
  return `[${tag.toUpperCase()}]`;
}

/** `[ENG] text` → `text`: a mock note sent back to the mock, without its tag. */
export function stripLanguageTag(text: string): string {
  return text.replace(/^\[[A-Z]{2,3}(?:-[A-Z0-9]+)*\][ \t]*/, "");
}

/**
 * A deterministic fake translation of one segment, tagged with its language. The glossary's
 * terms are written in their required forms, and clock times with a colon, as a model that
 * follows the prompt would.
 */
export function pseudoTranslate(
  text: string,
  code: string,
  glossary: readonly GlossaryRule[] = [],
): string {
  const times = text.replace(
    frenchClockTime,
    (_, hour: string, minute = "00") => `${hour}:${minute}`,
  );
  const body = rewriteWithGlossary(times, code, glossary);
  return body === "" ? languageTag(code) : `${languageTag(code)} ${body}`;
}

function escapePattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Glossary terms become marks that the word rewriting leaves alone, then their forms. */
function rewriteWithGlossary(
  text: string,
  code: string,
  glossary: readonly GlossaryRule[],
): string {
  const forms = new Map<string, string>();
  for (const rule of glossary) {
    const form = rule.forms.get(code);
    if (form !== undefined && rule.source !== "") forms.set(rule.source.toLowerCase(), form);
  }
  if (forms.size === 0) return rewriteWords(text, code);
  const terms = [...forms.keys()].sort((left, right) => right.length - left.length);
  const termPattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${terms.map(escapePattern).join("|")})(?![\\p{L}\\p{N}])`,
    "giu",
  );
  const used: string[] = [];
  const marked = text.replace(termPattern, (term) => {
    used.push(forms.get(term.toLowerCase()) ?? term);
    return `⟦glossary-${used.length - 1}⟧`;
  });
  return rewriteWords(marked, code).replace(
    glossaryMark,
    (_, index: string) => used[Number(index)] ?? "",
  );
}

/**
 * Rewrites the words only: kk and ru become Cyrillic (Kazakh with its own letters; months,
 * magnitudes and a few function words from a glossary), en becomes "Franglais" (a small
 * glossary, accents dropped), other codes lose their accents.
 */
export function rewriteWords(text: string, code: string): string {
  return rewriteElisions(text, code)
    .split(protectedSpan)
    .map((part, index) => (index % 2 === 1 ? part : rewritePlainText(part, code)))
    .join("");
}

/** `l’`, `d’`, `qu’`…: English spells them out, Kazakh drops them, Russian keeps them. */
function rewriteElisions(text: string, code: string): string {
  if (code === "en") {
    return text.replace(elision, (match, article: string) =>
      matchCase(match, englishElisions.get(article.toLowerCase()) ?? ""),
    );
  }
  return cyrillicLanguages[code]?.dropElisions ? text.replace(elision, "") : text;
}

function rewritePlainText(text: string, code: string): string {
  const cyrillic = cyrillicLanguages[code];
  if (cyrillic) {
    const { table, glossary } = cyrillic;
    return text.replace(letterRun, (word) => {
      const lower = word.toLowerCase();
      return matchCase(word, glossary.get(lower) ?? transliterateWord(lower, table));
    });
  }
  if (code === "en") {
    return text.replace(letterRun, (word) =>
      matchCase(word, englishGlossary.get(word.toLowerCase()) ?? stripAccents(word.toLowerCase())),
    );
  }
  return text.replace(letterRun, (word) => matchCase(word, stripAccents(word.toLowerCase())));
}

function stripAccents(word: string): string {
  return word
    .replaceAll("œ", "oe")
    .replaceAll("Œ", "OE")
    .replaceAll("æ", "ae")
    .replaceAll("Æ", "AE")
    .normalize("NFD")
    .replace(/\p{M}/gu, "");
}

/** Gives `output` the capitalisation of `source`: `ÉTAT` → upper case, `État` → capitalised. */
function matchCase(source: string, output: string): string {
  const letters = source.replace(/[^\p{L}]/gu, "");
  if (Array.from(letters).length > 1 && isUpperCase(letters)) return output.toUpperCase();
  const first = Array.from(letters)[0] ?? "";
  if (isUpperCase(first)) return output.charAt(0).toUpperCase() + output.slice(1);
  return output;
}

function isUpperCase(text: string): boolean {
  return text !== "" && text === text.toUpperCase() && text !== text.toLowerCase();
}
