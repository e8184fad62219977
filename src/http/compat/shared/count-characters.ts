/** Characters as DeepL bills them: Unicode code points, so "é" and "深" count one each. */
export function countCharacters(text: string): number {
  return [...text].length;
}
