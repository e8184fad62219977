import { characterClass } from "../text/character-classes";
import { CodeUnitSet } from "../text/code-unit-set";
import { findWords } from "../text/find-words";
import { EndingTrie, WordTrie } from "../text/word-trie";

const { cyrillic } = characterClass;

/**
 * What tells Kazakh from Russian in Cyrillic text: the letters only Kazakh has, and frequent
 * function words and endings of each language (tuned on NTREX kaz/rus references).
 */
const kazakhLetters = new CodeUnitSet("әғқңөұүһіӘҒҚҢӨҰҮҺІ");

/** Russian function words that are not Kazakh words (не and он are Kazakh too). */
const russianFunctionWords = new WordTrie(
  (
    "и в на что с по это как из для от к о у за же бы но или его ее её она они был была были " +
    "было также который которая которые которого которой этот эта этого этом при до после так " +
    "уже только во со ко об без под над между через чтобы если когда где себя свой своей своих " +
    "своего может нет лишь еще ещё все всё всех более очень ли ни а"
  ).split(" "),
);

const kazakhFunctionWords = new WordTrie(
  (
    "мен ол бұл және да де та те ма ме ба бе па пе бар жоқ еді деп осы сол олар біз сіз ал " +
    "енді үшін емес бір екі деді дейді тек әр барлық кейін дейін туралы бойынша арқылы болды болып"
  ).split(" "),
);

const russianEndings = new EndingTrie(
  "ого|его|ому|ему|ыми|ими|тся|ться|ение|ения|ость|ости|ский|ская|ское|ские|ской|ного|ный|ная|ное|ные|ой|ый|ий|ая|ую|ые|ие|ых|их|ом|ем|ам|ям|ах|ях|ет|ют|ят|ит|ал|ла|ли|ло|ть|ся".split(
    "|",
  ),
);
const kazakhEndings = new EndingTrie(
  "ды|ді|ты|ті|ған|ген|қан|кен|лар|лер|дар|дер|тар|тер|ның|нің|дың|дің|тың|тің|мын|мін|мыз|міз|шы|ші|дан|ден|тан|тен|нан|нен|ып|іп|ады|еді|йды|йді".split(
    "|",
  ),
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

/** Counts the Kazakh and the Russian evidence in a Cyrillic text. */
export function weighKazakhRussian(text: string): KazakhRussianEvidence {
  const tally: WordTally = { russianScore: 0, kazakhScore: 0, russianWords: [] };
  const spans = findWords(text, cyrillic, cyrillic);
  // Lower-cased once: Cyrillic letters map one to one, so unless another character grows
  // (İ), each word keeps its place in the lower-cased text.
  const lower = text.toLowerCase();
  if (lower.length === text.length) {
    for (const span of spans) tallyWord(tally, lower, span.start, span.end);
  } else {
    for (const span of spans) {
      const word = text.slice(span.start, span.end).toLowerCase();
      tallyWord(tally, word, 0, word.length);
    }
  }
  return { cyrillicWords: spans.length, kazakhLetters: countKazakhLetters(text), ...tally };
}

interface WordTally {
  russianScore: number;
  kazakhScore: number;
  readonly russianWords: string[];
}

/** Scores the lower-case word `text[start, end)`: a function word or an ending of each language. */
function tallyWord(tally: WordTally, text: string, start: number, end: number): void {
  const russianFunctionWord = russianFunctionWords.has(text, start, end);
  if (russianFunctionWord) tally.russianWords.push(text.slice(start, end));
  if (russianFunctionWord || russianEndings.endsOne(text, start, end)) tally.russianScore += 1;
  if (kazakhFunctionWords.has(text, start, end) || kazakhEndings.endsOne(text, start, end)) {
    tally.kazakhScore += 1;
  }
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
