function commonPrefixLength(left: string, right: string): number {
  let length = 0;
  while (length < left.length && left[length] === right[length]) length += 1;
  return length;
}

/**
 * One name in two grammatical or derived forms, differing only at the end: Korea / Korean,
 * Clinton / Clintons; with case endings (Russian, Kazakh) up to three letters may differ
 * after a shared start of three: Токаев / Токаеву, Сэнфордпен / Сэнфордтен.
 */
export function isInflectedForm(left: string, right: string, inflected: boolean): boolean {
  const shorter = Math.min(left.length, right.length);
  const shared = commonPrefixLength(left, right);
  if (!inflected) return shared >= shorter - 1;
  return shared >= Math.min(shorter - 1, Math.max(3, shorter - 3));
}
