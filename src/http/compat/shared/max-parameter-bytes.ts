/** Room for the other parameters around the texts. */
const overheadBytes = 16_384;

/**
 * The largest body worth reading for `maxCharacters` of text: six bytes a character covers a
 * percent-encoded two-byte UTF-8 letter (`%C3%A9`), the worst case for French.
 */
export function maxParameterBytes(maxCharacters: number): number {
  return maxCharacters * 6 + overheadBytes;
}
