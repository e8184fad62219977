/**
 * Escaping for translated text put back into HTML. Everything a translation returns is text:
 * `<`, `>` and `&` are always escaped so it cannot inject markup; U+00A0 is written `&nbsp;`
 * so French typography stays visible in the source.
 */
const textEscapes: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\u00a0": "&nbsp;",
};

export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>\u00a0]/g, (character) => textEscapes[character] ?? character);
}

/** For a double-quoted attribute value (the reader writes translated values in double quotes). */
export function escapeHtmlAttribute(text: string): string {
  return text.replace(/[&<>"\u00a0]/g, (character) => textEscapes[character] ?? character);
}
