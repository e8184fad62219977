import { type DigitRun, sharedDigitRuns } from "./digit-runs";
import { type Injection, type InjectionInput, replaceRange } from "./injection";
import { pickOne, type RandomSource } from "./seeded-random";

function changeDigit(run: DigitRun, random: RandomSource): string {
  const positions = [...run.text].flatMap((character, index) =>
    /\d/u.test(character) ? [index] : [],
  );
  const position = pickOne(random, positions) ?? 0;
  const old = run.text[position] ?? "0";
  const lowest = position === positions[0] && run.digits.length > 1 ? 1 : 0;
  const choices = Array.from({ length: 10 - lowest }, (_, offset) =>
    String(lowest + offset),
  ).filter((digit) => digit !== old);
  return replaceRange(run.text, position, position + 1, pickOne(random, choices) ?? "1");
}

export function injectNumberValue(input: InjectionInput): Injection | undefined {
  const run = pickOne(input.random, sharedDigitRuns(input.source, input.target));
  if (run === undefined) return undefined;
  const changed = changeDigit(run, input.random);
  const target = replaceRange(input.target, run.start, run.end, changed);
  return { target, glossary: input.glossary, detail: `${run.text} → ${changed}` };
}

/** What follows a dropped number goes with it: %, a magnitude, a currency sign before it. */
const trailingNumberWords =
  /^(?:\s?%|\s*(?:million|billion|bn|m(?!\p{L})|млн\.?|млрд\.?|миллион\p{L}*|миллиард\p{L}*|тыс\.?|мың\p{L}*))/iu;
const leadingCurrency = /[$£€]\s?$/u;

export function injectNumberDrop(input: InjectionInput): Injection | undefined {
  const run = pickOne(input.random, sharedDigitRuns(input.source, input.target));
  if (run === undefined) return undefined;
  const trailing = trailingNumberWords.exec(input.target.slice(run.end))?.[0] ?? "";
  const leading = leadingCurrency.exec(input.target.slice(0, run.start))?.[0] ?? "";
  const start = run.start - leading.length;
  const end = run.end + trailing.length;
  const target = replaceRange(input.target, start, end, "")
    .replace(/\s{2,}/gu, " ")
    .replace(/\s([,.])/gu, "$1");
  return { target, glossary: input.glossary, detail: `dropped ${input.target.slice(start, end)}` };
}

const magnitudePattern =
  /(\d[\d.,\p{Zs}]*?)(\s*)(million|billion|bn|m(?![\p{L}])|млн|млрд|миллион|миллиард)/gu;
const magnitudeSwaps: Readonly<Record<string, string>> = {
  million: "billion",
  billion: "million",
  bn: "m",
  m: "bn",
  млн: "млрд",
  млрд: "млн",
  миллион: "миллиард",
  миллиард: "миллион",
};

export function injectNumberMagnitude(input: InjectionInput): Injection | undefined {
  const sourceDigits = new Set(
    sharedDigitRuns(input.source, input.target).map((run) => run.digits),
  );
  const candidates = Array.from(input.target.matchAll(magnitudePattern)).filter((match) =>
    sourceDigits.has((match[1] ?? "").replace(/\D/gu, "")),
  );
  const match = pickOne(input.random, candidates);
  const word = match?.[3];
  if (match === undefined || word === undefined) return undefined;
  const start = match.index + (match[1] ?? "").length + (match[2] ?? "").length;
  const swapped = magnitudeSwaps[word] ?? word;
  const target = replaceRange(input.target, start, start + word.length, swapped);
  return { target, glossary: input.glossary, detail: `${match[0]} → ${swapped}` };
}
