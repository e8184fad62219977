import { legacyEntityNames, namedEntities } from "./html-named-entities";

/** Decoded text, or a character reference kept as written because decoding it is not safe. */
export type DecodedPiece = { readonly text: string } | { readonly keptReference: string };

const referencePattern =
  /&(?:#([0-9]{1,8});?|#[xX]([0-9a-fA-F]{1,8});?|([A-Za-z][A-Za-z0-9]{0,31})(;?))/g;

/**
 * Decodes character references for the model: `&amp;`, `&eacute;`, `&nbsp;`, `&#8217;`…
 * Kept as written (and so sent as a ⟦n⟧ token): unknown names, legacy names written without
 * `;`, and numbers HTML remaps or forbids (C1 controls, surrogates, NUL). A `&` that starts no
 * reference ("R&D") is plain text.
 */
export function decodeHtmlText(source: string): DecodedPiece[] {
  if (!source.includes("&")) return source === "" ? [] : [{ text: source }];
  const pieces: DecodedPiece[] = [];
  let last = 0;
  for (const match of source.matchAll(referencePattern)) {
    const [reference, decimal, hexadecimal, name, semicolon] = match;
    const decoded =
      name === undefined
        ? decodeNumber(
            decimal === undefined ? Number.parseInt(hexadecimal ?? "", 16) : Number(decimal),
          )
        : decodeName(name, semicolon === ";");
    if (decoded === "text") continue;
    pieces.push({ text: source.slice(last, match.index) });
    pieces.push(decoded === null ? { keptReference: reference } : { text: decoded });
    last = match.index + reference.length;
  }
  pieces.push({ text: source.slice(last) });
  return mergeText(pieces);
}

/** The decoded character, null to keep the reference as written, "text" if it is no reference. */
function decodeName(name: string, hasSemicolon: boolean): string | null | "text" {
  if (hasSemicolon) return namedEntities.get(name) ?? null;
  for (let length = name.length; length > 0; length -= 1) {
    if (legacyEntityNames.has(name.slice(0, length))) return null;
  }
  return "text";
}

function decodeNumber(codePoint: number): string | null {
  const forbidden =
    codePoint === 0 ||
    codePoint > 0x10ffff ||
    (codePoint >= 0xd800 && codePoint <= 0xdfff) ||
    (codePoint >= 0x80 && codePoint <= 0x9f) ||
    (codePoint < 0x20 && codePoint !== 0x09 && codePoint !== 0x0a);
  return forbidden || Number.isNaN(codePoint) ? null : String.fromCodePoint(codePoint);
}

function mergeText(pieces: readonly DecodedPiece[]): DecodedPiece[] {
  const merged: DecodedPiece[] = [];
  for (const piece of pieces) {
    const previous = merged.at(-1);
    if ("text" in piece && previous !== undefined && "text" in previous) {
      merged[merged.length - 1] = { text: previous.text + piece.text };
    } else if (!("text" in piece) || piece.text !== "") {
      merged.push(piece);
    }
  }
  return merged;
}
