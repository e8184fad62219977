/**
 * Reads a run of digits and separators (`50 200`, `1,5`, `1,100`, `3.3`, `1.234.567,5`) into
 * the values it may stand for. French, Russian and Kazakh write `1,5` and `50 200`; English
 * writes `1.5` and `50,200`; a lone separator before exactly three digits is ambiguous, so
 * both readings are returned.
 */
const spaceSeparators = /\p{Zs}/u;
const separatorSplit = /([.,])/;

function spaceGroupedValues(run: string): number[] {
  const decimalMatch = /[.,](\d+)$/.exec(run);
  const integerPart = decimalMatch === null ? run : run.slice(0, decimalMatch.index);
  const integer = integerPart.replace(/\p{Zs}/gu, "");
  const decimals = decimalMatch?.[1] === undefined ? "" : `.${decimalMatch[1]}`;
  return [Number(`${integer}${decimals}`)];
}

function singleSeparatorValues(before: string, after: string): number[] {
  const decimal = Number(`${before}.${after}`);
  const looksGrouped = after.length === 3 && before.length <= 3 && !before.startsWith("0");
  return looksGrouped ? [Number(`${before}${after}`), decimal] : [decimal];
}

function multipleSeparatorValues(groups: string[], separators: string[]): number[] {
  const last = separators[separators.length - 1];
  const leading = separators.slice(0, -1);
  const sameSeparators = leading.every((separator) => separator === last);
  const innerGroupsOfThree = groups.slice(1, -1).every((group) => group.length === 3);
  const lastGroup = groups[groups.length - 1] ?? "";
  if (sameSeparators && innerGroupsOfThree && lastGroup.length === 3) {
    return [Number(groups.join(""))];
  }
  if (
    !sameSeparators &&
    innerGroupsOfThree &&
    leading.every((separator) => separator === leading[0])
  ) {
    return [Number(`${groups.slice(0, -1).join("")}.${lastGroup}`)];
  }
  return [];
}

/** Candidate values of a digit run; empty when the run is not one number (e.g. a date). */
export function parseDigitGroup(run: string): number[] {
  if (spaceSeparators.test(run)) return spaceGroupedValues(run);
  const parts = run.split(separatorSplit);
  const groups = parts.filter((_, index) => index % 2 === 0);
  const separators = parts.filter((_, index) => index % 2 === 1);
  const [first = "", second = ""] = groups;
  if (separators.length === 0) return [Number(first)];
  if (separators.length === 1) return singleSeparatorValues(first, second);
  return multipleSeparatorValues(groups, separators);
}
