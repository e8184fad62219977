/**
 * Edit distance between two words counting a swap of neighbours as one edit (optimal string
 * alignment: Tokayev/Tokaeyv is 1), giving up (returning `limit + 1`) once it must exceed
 * `limit`: names are compared in pairs, so this stays cheap.
 */
export function editDistance(left: string, right: string, limit: number): number {
  if (Math.abs(left.length - right.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row += 1) {
    const current = [row];
    let rowMinimum = row;
    for (let column = 1; column <= right.length; column += 1) {
      const substitution = left[row - 1] === right[column - 1] ? 0 : 1;
      let value = Math.min(
        (previous[column] ?? 0) + 1,
        (current[column - 1] ?? 0) + 1,
        (previous[column - 1] ?? 0) + substitution,
      );
      const swapped =
        row > 1 &&
        column > 1 &&
        left[row - 1] === right[column - 2] &&
        left[row - 2] === right[column - 1];
      if (swapped) value = Math.min(value, (beforePrevious[column - 2] ?? 0) + 1);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[right.length] ?? limit + 1;
}

/** Two spellings of one name: one or two edits apart (two only for long names). */
export function isNearSpelling(left: string, right: string): boolean {
  const limit = Math.min(left.length, right.length) >= 8 ? 2 : 1;
  const distance = editDistance(left, right, limit);
  return distance > 0 && distance <= limit;
}
