import { type NumberMention, numberKey, timeKey } from "./number-mention";

/** `15 h`, `07h55`, `4h` (French). */
const frenchHourPattern = /(?<![\p{L}\p{N}])(\d{1,2})\s?h\s?(\d{2})?(?![\p{L}\p{N}])/gu;
/** `15:00`, `4:40`. */
const colonPattern = /(?<![\p{N}:.,])(\d{1,2}):(\d{2})(?![\p{N}:])/gu;
/** `7.55am`, `3 p.m.`, `4.40 am`, `10 PM`. */
const meridiemPattern = /(?<![\p{N}.,])(\d{1,2})(?:[.:](\d{2}))?\s?([ap])\.?\s?m\b\.?/giu;

/** Each pattern, and a plain pattern every match of it contains: other texts are not scanned. */
const timePatterns: ReadonlyArray<{ readonly pattern: RegExp; readonly clue: RegExp }> = [
  { pattern: frenchHourPattern, clue: /\d\s?h/ },
  { pattern: colonPattern, clue: /:/ },
  { pattern: meridiemPattern, clue: /[ap]\.?\s?m/i },
];

function hourOf(match: RegExpExecArray): number {
  const hour = Number(match[1]);
  const meridiem = match[3]?.toLowerCase();
  if (meridiem === "p" && hour < 12) return hour + 12;
  if (meridiem === "a" && hour === 12) return 0;
  return hour;
}

/** A time matches its 24-hour and 12-hour forms, and on the hour a bare number (`сағат 1-ге`). */
function timeKeys(hour: number, minute: number): string[] {
  const twelveHour = hour % 12 === 0 ? 12 : hour % 12;
  const keys = [timeKey(hour, minute), timeKey(twelveHour, minute)];
  if (minute === 0) keys.push(numberKey(hour), numberKey(twelveHour));
  else keys.push(numberKey(hour + minute / 100), numberKey(twelveHour + minute / 100));
  return keys;
}

function toMention(match: RegExpExecArray): NumberMention | undefined {
  const hour = hourOf(match);
  const minute = Number(match[2] ?? "0");
  if (hour > 24 || minute > 59) return undefined;
  return {
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
    keys: timeKeys(hour, minute),
    form: "time",
    value: `${hour}:${String(minute).padStart(2, "0")}`,
    hasMagnitude: false,
  };
}

/** Clock times in a text, in any of the locales' forms. */
export function findClockTimes(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const { pattern, clue } of timePatterns) {
    if (!clue.test(text)) continue;
    for (const match of text.matchAll(pattern)) {
      const mention = toMention(match);
      if (mention !== undefined) mentions.push(mention);
    }
  }
  return mentions;
}
