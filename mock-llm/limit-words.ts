/** The first `maxWords` words of `text`, with `…` when some were cut. */
export function limitWords(text: string, maxWords: number): string {
  const words = text.split(/\s+/).filter((word) => word !== "");
  const kept = words.slice(0, maxWords).join(" ");
  return words.length > maxWords ? `${kept}…` : kept;
}
