/**
 * Letter tests by code point for the two profiled scripts. Plain range checks instead of
 * `\p{Script=…}` regular expressions: Unicode-property classes cost about a millisecond each
 * to compile, which a cold Worker would pay inside its first request's 10 ms.
 */

/** Latin letters, IPA block included (Azerbaijani ə is U+0259). */
export function isLatinLetterCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  if (code < 0xc0) return code === 0xaa || code === 0xba;
  if (code <= 0x2af) return code !== 0xd7 && code !== 0xf7;
  return (
    (code >= 0x1e00 && code <= 0x1eff) ||
    (code >= 0x2c60 && code <= 0x2c7f) ||
    (code >= 0xa722 && code <= 0xa7ff) ||
    (code >= 0xff21 && code <= 0xff3a) ||
    (code >= 0xff41 && code <= 0xff5a)
  );
}

/** Cyrillic letters (combining marks and the thousands sign left out). */
export function isCyrillicLetterCode(code: number): boolean {
  return (
    (code >= 0x400 && code <= 0x481) ||
    (code >= 0x48a && code <= 0x52f) ||
    (code >= 0x1c80 && code <= 0x1c88) ||
    (code >= 0xa640 && code <= 0xa66e) ||
    (code >= 0xa680 && code <= 0xa69b)
  );
}

/** Apostrophe look-alikes: Uzbek oʻ/gʻ (U+02BB), ʼ (U+02BC), ’, ‘, `, ´, ʹ and '. */
export function isApostropheCode(code: number): boolean {
  return (
    code === 0x27 ||
    code === 0x60 ||
    code === 0xb4 ||
    code === 0x2b9 ||
    code === 0x2bb ||
    code === 0x2bc ||
    code === 0x2018 ||
    code === 0x2019
  );
}
