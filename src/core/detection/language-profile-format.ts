/**
 * The compact stored form of the language profiles (language-profile-data.ts) and its
 * decoding. One table per script; in it, each n-gram maps to one character per language of
 * that script, the quantised log-probability (89 printable ASCII levels; `"`, `\`, `$` and
 * backquote left out so the table is a plain JSON text inside a template literal).
 * Decoding is a single JSON.parse per script: no per-entry loop in JavaScript, so the first
 * request of a cold isolate pays well under a millisecond.
 */

export type ProfiledScript = "Latn" | "Cyrl";

export interface ScriptProfileData {
  /** ISO 639-1 codes, in the order of the level characters. */
  readonly languages: readonly string[];
  /** JSON object: n-gram → one level character per language. */
  readonly weightsJson: string;
}

/** The stored form. */
export interface LanguageProfileData {
  /** Log-probability of level 0 (the most likely). */
  readonly weightOffset: number;
  /** Nats between two levels. */
  readonly weightStep: number;
  /** Multiplies score differences before the softmax that gives confidences. */
  readonly confidenceScale: number;
  readonly scripts: Readonly<Record<ProfiledScript, ScriptProfileData>>;
}

export interface ScriptProfiles {
  readonly languages: readonly string[];
  /** N-gram → level characters; a prototype-free object straight from JSON.parse. */
  readonly weightsByNgram: Readonly<Record<string, string | undefined>>;
}

/** The decoded form the detector scores with. */
export interface LanguageProfiles {
  readonly weightOffset: number;
  readonly weightStep: number;
  readonly confidenceScale: number;
  readonly scripts: Readonly<Record<ProfiledScript, ScriptProfiles>>;
}

/** Log-probabilities of one script's languages: one row per n-gram, one column per language. */
export interface ScriptLogProbabilities {
  readonly languages: readonly string[];
  readonly rows: readonly (readonly [ngram: string, logProbabilities: readonly number[]])[];
}

const excludedCodes: ReadonlySet<number> = new Set([34, 36, 92, 96]);
const levelCodes: readonly number[] = Array.from(
  { length: 127 - 35 },
  (_, index) => 35 + index,
).filter((code) => !excludedCodes.has(code));
export const levelCount = levelCodes.length;
const levelByCode = new Uint8Array(128);
levelCodes.forEach((code, level) => {
  levelByCode[code] = level;
});

/** The quantisation level of the character at `index` of `weights`. */
export function levelAt(weights: string, index: number): number {
  return levelByCode[weights.charCodeAt(index)] ?? levelCount - 1;
}

function quantise(logProbability: number, offset: number, step: number): string {
  const level = Math.min(levelCount - 1, Math.max(0, Math.round((offset - logProbability) / step)));
  return String.fromCharCode(levelCodes[level] ?? 126);
}

function extremes(tables: readonly ScriptLogProbabilities[]): { highest: number; lowest: number } {
  const values = tables.flatMap((table) => table.rows.flatMap(([, row]) => row));
  return {
    highest: values.reduce((highest, value) => Math.max(highest, value), -Infinity),
    lowest: values.reduce((lowest, value) => Math.min(lowest, value), Infinity),
  };
}

function encodeScript(
  table: ScriptLogProbabilities,
  offset: number,
  step: number,
): ScriptProfileData {
  const weights: Record<string, string> = {};
  for (const [ngram, values] of table.rows) {
    weights[ngram] = values.map((value) => quantise(value, offset, step)).join("");
  }
  return { languages: table.languages, weightsJson: JSON.stringify(weights) };
}

/** Encodes the trained tables of both scripts. */
export function encodeLanguageProfiles(
  tables: Readonly<Record<ProfiledScript, ScriptLogProbabilities>>,
  confidenceScale: number,
): LanguageProfileData {
  const { highest, lowest } = extremes([tables.Latn, tables.Cyrl]);
  const step = (highest - lowest) / (levelCount - 1);
  return {
    weightOffset: highest,
    weightStep: step,
    confidenceScale,
    scripts: {
      Latn: encodeScript(tables.Latn, highest, step),
      Cyrl: encodeScript(tables.Cyrl, highest, step),
    },
  };
}

function decodeScript(data: ScriptProfileData): ScriptProfiles {
  const weights = JSON.parse(data.weightsJson) as Record<string, string | undefined>;
  Object.setPrototypeOf(weights, null);
  return { languages: data.languages, weightsByNgram: weights };
}

/** Decodes the stored form. */
export function decodeLanguageProfiles(data: LanguageProfileData): LanguageProfiles {
  return {
    weightOffset: data.weightOffset,
    weightStep: data.weightStep,
    confidenceScale: data.confidenceScale,
    scripts: { Latn: decodeScript(data.scripts.Latn), Cyrl: decodeScript(data.scripts.Cyrl) },
  };
}
