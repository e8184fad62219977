import { characterClass } from "../text/character-classes";
import { CodeUnitSet } from "../text/code-unit-set";
import { findWords } from "../text/find-words";
import { lowerCaseWordTexts } from "./text-words";

const { cyrillic } = characterClass;

/**
 * What tells Kazakh from Russian in Cyrillic text: the letters only Kazakh has, and frequent
 * function words and endings of each language (tuned on NTREX kaz/rus references).
 */
const kazakhLetters = new CodeUnitSet("әғқңөұүһіӘҒҚҢӨҰҮҺІ");

/** Russian function words that are not Kazakh words (не and он are Kazakh too). */
const russianFunctionWords = new Set(
  (
    "и в на что с по это как из для от к о у за же бы но или его ее её она они был была были " +
    "было также который которая которые которого которой этот эта этого этом при до после так " +
    "уже только во со ко об без под над между через чтобы если когда где себя свой своей своих " +
    "своего может нет лишь еще ещё все всё всех более очень ли ни а"
  ).split(" "),
);

const kazakhFunctionWords = new Set(
  (
    "мен ол бұл және да де та те ма ме ба бе па пе бар жоқ еді деп осы сол олар біз сіз ал " +
    "енді үшін емес бір екі деді дейді тек әр барлық кейін дейін туралы бойынша арқылы болды болып"
  ).split(" "),
);

/** Word endings, by their last letter: a word is compared only with endings of its last letter. */
class Endings {
  private readonly byLastLetter = new Map<number, string[]>();

  constructor(endings: string) {
    for (const ending of endings.split("|")) {
      const last = ending.charCodeAt(ending.length - 1);
      this.byLastLetter.set(last, [...(this.byLastLetter.get(last) ?? []), ending]);
    }
  }

  /** True when the word ends with one of the endings (or is one). */
  end(word: string): boolean {
    const candidates = this.byLastLetter.get(word.charCodeAt(word.length - 1));
    return candidates?.some((ending) => word.endsWith(ending)) ?? false;
  }
}

const russianEndings = new Endings(
  "ого|его|ому|ему|ыми|ими|тся|ться|ение|ения|ость|ости|ский|ская|ское|ские|ской|ного|ный|ная|ное|ные|ой|ый|ий|ая|ую|ые|ие|ых|их|ом|ем|ам|ям|ах|ях|ет|ют|ят|ит|ал|ла|ли|ло|ть|ся",
);
const kazakhEndings = new Endings(
  "ды|ді|ты|ті|ған|ген|қан|кен|лар|лер|дар|дер|тар|тер|ның|нің|дың|дің|тың|тің|мын|мін|мыз|міз|шы|ші|дан|ден|тан|тен|нан|нен|ып|іп|ады|еді|йды|йді",
);

export interface KazakhRussianEvidence {
  readonly cyrillicWords: number;
  readonly kazakhLetters: number;
  readonly russianScore: number;
  readonly kazakhScore: number;
  /** Russian-only function words found, in order. */
  readonly russianWords: readonly string[];
}

function countKazakhLetters(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (kazakhLetters.has(text.charCodeAt(index))) count += 1;
  }
  return count;
}

/** The evidence of a text made of parts: the sums of the parts' evidence. */
export function addEvidence(parts: readonly KazakhRussianEvidence[]): KazakhRussianEvidence {
  return {
    cyrillicWords: parts.reduce((sum, part) => sum + part.cyrillicWords, 0),
    kazakhLetters: parts.reduce((sum, part) => sum + part.kazakhLetters, 0),
    russianScore: parts.reduce((sum, part) => sum + part.russianScore, 0),
    kazakhScore: parts.reduce((sum, part) => sum + part.kazakhScore, 0),
    russianWords: parts.flatMap((part) => part.russianWords),
  };
}

function wordScore(word: string, functionWords: ReadonlySet<string>, endings: Endings): number {
  return functionWords.has(word) || endings.end(word) ? 1 : 0;
}

/** Counts the Kazakh and the Russian evidence in a Cyrillic text. */
export function weighKazakhRussian(text: string): KazakhRussianEvidence {
  const words = lowerCaseWordTexts(text, findWords(text, cyrillic, cyrillic));
  let russianScore = 0;
  let kazakhScore = 0;
  const russianWords: string[] = [];
  for (const word of words) {
    if (russianFunctionWords.has(word)) russianWords.push(word);
    russianScore += wordScore(word, russianFunctionWords, russianEndings);
    kazakhScore += wordScore(word, kazakhFunctionWords, kazakhEndings);
  }
  return {
    cyrillicWords: words.length,
    kazakhLetters: countKazakhLetters(text),
    russianScore,
    kazakhScore,
    russianWords,
  };
}

/** A Cyrillic text with no Kazakh letter and more Russian than Kazakh evidence is Russian. */
export function looksRussian(evidence: KazakhRussianEvidence, minimumWords: number): boolean {
  if (evidence.cyrillicWords < minimumWords || evidence.kazakhLetters > 0) return false;
  if (evidence.russianScore > evidence.kazakhScore) return true;
  return evidence.cyrillicWords >= 4 && evidence.russianScore >= evidence.kazakhScore;
}

/** A Cyrillic text with Kazakh letters in a good share of its words is Kazakh. */
export function looksKazakh(evidence: KazakhRussianEvidence, minimumWords: number): boolean {
  if (evidence.cyrillicWords < minimumWords) return false;
  return evidence.kazakhLetters >= 2 && evidence.kazakhScore >= evidence.russianScore;
}
