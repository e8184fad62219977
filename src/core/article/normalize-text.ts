const zeroWidthCharacters = /\u200B|\u200C|\u200D|\u2060|\uFEFF/g;
const trailingSpaces = /[ \t]+$/gm;

/** A high surrogate without its low one, or a low one without its high one: not text. */
export const loneSurrogates =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Word's manual line break (vertical tab), form feed, next line and Unicode's line separator. */
const lineBreakControls = /[\v\f\u2028\u0085]/g;

/** Control characters other than tab and line feed (NUL, backspace, DEL…): pasting debris. */
function isDebris(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a) || code === 0x7f;
}

function removeDebris(text: string): string {
  let kept = "";
  let copiedUpTo = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (!isDebris(text.charCodeAt(index))) continue;
    kept += text.slice(copiedUpTo, index);
    copiedUpTo = index + 1;
  }
  return copiedUpTo === 0 ? text : kept + text.slice(copiedUpTo);
}

/** A line break followed by a blank line or the end of the text, matched where it is set. */
const lineBreakThenBlankLine = /\n[ \t]*(?:\n|$)/y;

/**
 * In Markdown, two spaces or more at the end of a line that a paragraph goes on after are a
 * hard line break: kept as exactly two.
 */
function keepHardBreak(spaces: string, offset: number, text: string): string {
  lineBreakThenBlankLine.lastIndex = offset + spaces.length;
  const goesOn =
    text.startsWith("\n", offset + spaces.length) && !lineBreakThenBlankLine.test(text);
  return / {2}$/.test(spaces) && goesOn ? "  " : "";
}

/**
 * The canonical form of an input text: the same article pasted from two systems
 * normalises to the same string, so it hits the same cache entry. Spaces at the end of a line
 * go, except in Markdown, where two or more before a line break are a hard break and become
 * exactly two.
 */
export function normalizeText(text: string, format: "text" | "markdown" = "text"): string {
  const lines = text
    .replace(loneSurrogates, "\uFFFD")
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(lineBreakControls, "\n")
    .replace(/\u2029/g, "\n\n");
  const cleaned = removeDebris(lines).replace(zeroWidthCharacters, "");
  const trimmed =
    format === "markdown"
      ? cleaned.replace(trailingSpaces, keepHardBreak)
      : cleaned.replace(trailingSpaces, "");
  return trimmed.replace(/\n{3,}/g, "\n\n").trim();
}
