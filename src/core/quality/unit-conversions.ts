import type { NumberMention } from "./number-mention";

/**
 * Human translators convert units (`250 kg` → `550 pound`, `26 degrés` → `80 degrees`). A
 * missing source number followed by a metric unit is only a warning when the translation
 * does not keep that unit, and shows an imperial unit the source lacks or a number matching
 * the converted value.
 */
interface MetricUnit {
  /** The unit after a number in the French source. */
  readonly source: RegExp;
  /** The same unit in the translation (en, ru, kk forms): kept, so not converted. */
  readonly kept: RegExp;
  readonly convert: (value: number) => readonly number[];
}

const tolerance = 0.05;

/**
 * `words` are unit names safe to find anywhere (km, метров); `symbols` are letters that only
 * mean the unit right after a number (m, т).
 */
function unit(
  source: string,
  words: string,
  symbols: string,
  convert: MetricUnit["convert"],
): MetricUnit {
  const attached = symbols === "" ? "" : `|\\d[\\s\\u00A0-]*(?:${symbols})`;
  return {
    source: new RegExp(`\\s*(?:${source})(?![\\p{L}])`, "uy"),
    kept: new RegExp(`(?:(?<![\\p{L}])(?:${words})${attached})(?![\\p{L}])`, "iu"),
    convert,
  };
}

const metricUnits: readonly MetricUnit[] = [
  unit("km/h|km|kilomètres?", "km|kph|kilomet(?:er|re)s?|км|километр\\p{L}*", "", (value) => [
    value * 0.621371,
  ]),
  unit("cm|centimètres?", "cm|centimet(?:er|re)s?|см|сантиметр\\p{L}*", "", (value) => [
    value * 0.393701,
  ]),
  unit("mm|millimètres?", "mm|millimet(?:er|re)s?|мм|миллиметр\\p{L}*", "", (value) => [
    value * 0.0393701,
  ]),
  unit("m|mètres?", "met(?:er|re)s?|метр\\p{L}*", "m|м", (value) => [
    value * 3.28084,
    value * 1.09361,
  ]),
  unit("kg|kilos?|kilogrammes?", "kg|kilos?|kilograms?|кг|килограмм\\p{L}*", "", (value) => [
    value * 2.20462,
  ]),
  unit("t|tonnes?", "tonnes?|тонн\\p{L}*", "t|т", (value) => [value * 1.10231]),
  unit("°\\s?C|°|degrés?", "°\\s?C|Celsius|Цельси\\p{L}*", "", (value) => [(value * 9) / 5 + 32]),
  unit("l|litres?", "lit(?:er|re)s?|литр\\p{L}*", "l|л", (value) => [value * 0.264172]),
  unit("ha|hectares?", "hectares?|гектар\\p{L}*", "ha|га", (value) => [value * 2.47105]),
];

const imperialUnitPattern =
  /(?<![\p{L}])(?:feet|foot|ft|inch(?:es)?|miles?|milles?|mph|pounds?|lbs?|pieds?|pouces?|yards?|gallons?|acres?|ounces?|fahrenheit|°F|фут\p{L}*|дюйм\p{L}*|мил[ьяиюе]\p{L}*|фунт\p{L}*|ярд\p{L}*|галлон\p{L}*|акр\p{L}*|фаренгейт\p{L}*)(?![\p{L}])/iu;

/** `5 à 7,5 cm`, `2,5 et 10 cm`: the first number of a range takes the unit of the second. */
const rangePartnerPattern = /\s*(?:à|et|ou|-|–)\s*\d+(?:[.,]\d+)?/uy;

function unitRightAt(text: string, position: number): MetricUnit | undefined {
  return metricUnits.find((candidate) => {
    candidate.source.lastIndex = position;
    return candidate.source.test(text);
  });
}

function metricUnitAt(text: string, position: number): MetricUnit | undefined {
  const direct = unitRightAt(text, position);
  if (direct !== undefined) return direct;
  rangePartnerPattern.lastIndex = position;
  return rangePartnerPattern.test(text)
    ? unitRightAt(text, rangePartnerPattern.lastIndex)
    : undefined;
}

function isClose(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= Math.abs(expected) * tolerance;
}

function matchesConversion(
  metric: MetricUnit,
  missing: NumberMention,
  target: readonly NumberMention[],
) {
  const converted = metric.convert(Number(missing.value));
  return target.some((mention) =>
    converted.some((expected) => isClose(Number(mention.value), expected)),
  );
}

/** True when a missing source measurement was probably converted to another unit. */
export function looksConverted(
  source: string,
  missing: NumberMention,
  target: string,
  targetMentions: readonly NumberMention[],
): boolean {
  const metric = metricUnitAt(source, missing.end);
  if (metric === undefined || metric.kept.test(target)) return false;
  if (imperialUnitPattern.test(target) && !imperialUnitPattern.test(source)) return true;
  return matchesConversion(metric, missing, targetMentions);
}
