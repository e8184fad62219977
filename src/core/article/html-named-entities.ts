/**
 * The named character references the reader decodes: HTML 4's set (Latin-1, typography,
 * arrows and maths symbols most used in news copy). Any other `&name;` is kept byte for byte.
 */
const latin1Names =
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg " +
  "plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest " +
  "Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute " +
  "Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml " +
  "Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc " +
  "euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash " +
  "ugrave uacute ucirc uuml yacute thorn yuml";

const basicEntities: Readonly<Record<string, number>> = {
  amp: 38,
  AMP: 38,
  lt: 60,
  LT: 60,
  gt: 62,
  GT: 62,
  quot: 34,
  QUOT: 34,
  COPY: 169,
  REG: 174,
};

const otherEntities: Readonly<Record<string, number>> = {
  apos: 39,
  OElig: 338,
  oelig: 339,
  Scaron: 352,
  scaron: 353,
  Yuml: 376,
  fnof: 402,
  circ: 710,
  tilde: 732,
  ensp: 8194,
  emsp: 8195,
  thinsp: 8201,
  zwnj: 8204,
  zwj: 8205,
  lrm: 8206,
  rlm: 8207,
  ndash: 8211,
  mdash: 8212,
  lsquo: 8216,
  rsquo: 8217,
  sbquo: 8218,
  ldquo: 8220,
  rdquo: 8221,
  bdquo: 8222,
  dagger: 8224,
  Dagger: 8225,
  bull: 8226,
  hellip: 8230,
  permil: 8240,
  prime: 8242,
  Prime: 8243,
  lsaquo: 8249,
  rsaquo: 8250,
  oline: 8254,
  frasl: 8260,
  euro: 8364,
  trade: 8482,
  larr: 8592,
  uarr: 8593,
  rarr: 8594,
  darr: 8595,
  harr: 8596,
  minus: 8722,
  lowast: 8727,
  radic: 8730,
  infin: 8734,
  asymp: 8776,
  ne: 8800,
  equiv: 8801,
  le: 8804,
  ge: 8805,
  alpha: 945,
  beta: 946,
  gamma: 947,
  delta: 948,
  mu: 956,
  pi: 960,
  sigma: 963,
  omega: 969,
  Delta: 916,
  Omega: 937,
};

const latin1Entities: Readonly<Record<string, number>> = Object.fromEntries(
  latin1Names.split(" ").map((name, index) => [name, 160 + index]),
);

/** Names HTML also decodes without the final `;` (`&copy 2024`). */
export const legacyEntityNames: ReadonlySet<string> = new Set([
  ...Object.keys(latin1Entities),
  ...Object.keys(basicEntities),
]);

export const namedEntities: ReadonlyMap<string, string> = new Map(
  Object.entries({ ...latin1Entities, ...basicEntities, ...otherEntities }).map(
    ([name, codePoint]) => [name, String.fromCodePoint(codePoint)],
  ),
);
