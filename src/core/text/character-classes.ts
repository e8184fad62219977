/**
 * Unicode classes of characters, looked up in a table instead of tested with `\p{…}` patterns:
 * the checks read every word of every text, and a table lookup costs far less per character.
 * Each class is one bit; a character's bits are computed once, on first sight.
 */
export const characterClass = {
  letter: 1,
  mark: 2,
  number: 4,
  upperCase: 8,
  lowerCase: 16,
  latin: 32,
  cyrillic: 64,
} as const;

const classPatterns: ReadonlyArray<readonly [number, RegExp]> = [
  [characterClass.letter, /^\p{L}$/u],
  [characterClass.mark, /^\p{M}$/u],
  [characterClass.number, /^\p{N}$/u],
  [characterClass.upperCase, /^\p{Lu}$/u],
  [characterClass.lowerCase, /^\p{Ll}$/u],
  [characterClass.latin, /^\p{Script=Latin}$/u],
  [characterClass.cyrillic, /^\p{Script=Cyrillic}$/u],
];

/** Bit 7 marks a table entry as computed. */
const computed = 128;
const basicPlane = new Uint8Array(0x10000);
const otherPlanes = new Map<number, number>();

function classify(codePoint: number): number {
  const character = String.fromCodePoint(codePoint);
  let classes = 0;
  for (const [bit, pattern] of classPatterns) if (pattern.test(character)) classes |= bit;
  return classes;
}

/** The classes of one code point. */
export function classesOfCodePoint(codePoint: number): number {
  if (codePoint < 0x10000) {
    let entry = basicPlane[codePoint] ?? 0;
    if (entry === 0) {
      entry = classify(codePoint) | computed;
      basicPlane[codePoint] = entry;
    }
    return entry & ~computed;
  }
  let classes = otherPlanes.get(codePoint);
  if (classes === undefined) {
    classes = classify(codePoint);
    otherPlanes.set(codePoint, classes);
  }
  return classes;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The code point starting at `index` (a lone surrogate stands for itself). */
export function codePointAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (!isHighSurrogate(code)) return code;
  const next = text.charCodeAt(index + 1);
  return isLowSurrogate(next) ? (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000 : code;
}

/** The code point ending just before `index`, or -1 at the start. */
export function codePointBefore(text: string, index: number): number {
  if (index <= 0) return -1;
  const code = text.charCodeAt(index - 1);
  if (!isLowSurrogate(code) || index < 2) return code;
  const previous = text.charCodeAt(index - 2);
  return isHighSurrogate(previous) ? (previous - 0xd800) * 0x400 + (code - 0xdc00) + 0x10000 : code;
}

/** The classes of the code point at `index`; none (0) past the end. */
export function classesAt(text: string, index: number): number {
  return index < text.length ? classesOfCodePoint(codePointAt(text, index)) : 0;
}

/** The classes of the code point before `index`; 0 at the start. */
export function classesBefore(text: string, index: number): number {
  const codePoint = codePointBefore(text, index);
  return codePoint < 0 ? 0 : classesOfCodePoint(codePoint);
}

/** How many code units the code point at `index` takes. */
export function widthAt(text: string, index: number): number {
  return codePointAt(text, index) > 0xffff ? 2 : 1;
}
