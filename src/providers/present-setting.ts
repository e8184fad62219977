/** A setting's value, or undefined when it is missing or blank (unset variables often read as ""). */
export function presentSetting(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
