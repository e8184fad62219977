/**
 * SHA-256 of a UTF-8 string, as lowercase hex: the digest Web Crypto gives, computed in plain
 * TypeScript. Cache keys hash many short texts per article; one synchronous pass each costs
 * less than a round trip through `crypto.subtle` per text (about 50 µs each in Node).
 */
const encoder = new TextEncoder();

/** First 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const roundConstants = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/** First 32 bits of the fractional parts of the square roots of the first 8 primes. */
const initialState = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

function rotateRight(value: number, bits: number): number {
  return (value >>> bits) | (value << (32 - bits));
}

/**
 * The message's UTF-8 bytes padded to whole 64-byte blocks: a 1 bit, zeros, the bit length
 * (big-endian). Encoded straight into the padded buffer (UTF-8 takes at most 3 bytes per
 * UTF-16 code unit).
 */
function padded(text: string): Uint8Array {
  const room = new Uint8Array(Math.ceil((text.length * 3 + 9) / 64) * 64);
  const length = encoder.encodeInto(text, room).written;
  const blocks = Math.ceil((length + 9) / 64);
  const bytes = room.subarray(0, blocks * 64);
  bytes.fill(0, length);
  bytes[length] = 0x80;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  view.setUint32(bytes.length - 8, Math.floor((length * 8) / 0x100000000));
  view.setUint32(bytes.length - 4, (length * 8) >>> 0);
  return bytes;
}

function expandSchedule(bytes: Uint8Array, offset: number, schedule: Int32Array): void {
  for (let index = 0; index < 16; index++) {
    const at = offset + index * 4;
    schedule[index] =
      ((bytes[at] ?? 0) << 24) |
      ((bytes[at + 1] ?? 0) << 16) |
      ((bytes[at + 2] ?? 0) << 8) |
      (bytes[at + 3] ?? 0);
  }
  for (let index = 16; index < 64; index++) {
    const before15 = schedule[index - 15] ?? 0;
    const before2 = schedule[index - 2] ?? 0;
    const sigma0 = rotateRight(before15, 7) ^ rotateRight(before15, 18) ^ (before15 >>> 3);
    const sigma1 = rotateRight(before2, 17) ^ rotateRight(before2, 19) ^ (before2 >>> 10);
    schedule[index] =
      ((schedule[index - 16] ?? 0) + sigma0 + (schedule[index - 7] ?? 0) + sigma1) | 0;
  }
}

/**
 * One 64-round compression of a block into `state` (FIPS 180-4, 6.2.2). One loop over plain
 * locals: arrays or destructuring per round would cost more than the arithmetic.
 */
function compress(state: Int32Array, schedule: Int32Array): void {
  let a = state[0] ?? 0;
  let b = state[1] ?? 0;
  let c = state[2] ?? 0;
  let d = state[3] ?? 0;
  let e = state[4] ?? 0;
  let f = state[5] ?? 0;
  let g = state[6] ?? 0;
  let h = state[7] ?? 0;
  for (let round = 0; round < 64; round++) {
    const sum1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25);
    const choice = (e & f) ^ (~e & g);
    const added = (roundConstants[round] ?? 0) + (schedule[round] ?? 0);
    const temporary1 = (h + sum1 + choice + added) | 0;
    const sum0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22);
    const temporary2 = (sum0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + temporary1) | 0;
    d = c;
    c = b;
    b = a;
    a = (temporary1 + temporary2) | 0;
  }
  state[0] = ((state[0] ?? 0) + a) | 0;
  state[1] = ((state[1] ?? 0) + b) | 0;
  state[2] = ((state[2] ?? 0) + c) | 0;
  state[3] = ((state[3] ?? 0) + d) | 0;
  state[4] = ((state[4] ?? 0) + e) | 0;
  state[5] = ((state[5] ?? 0) + f) | 0;
  state[6] = ((state[6] ?? 0) + g) | 0;
  state[7] = ((state[7] ?? 0) + h) | 0;
}

const hexOfByte = Array.from({ length: 256 }, (_unused, byte) =>
  byte.toString(16).padStart(2, "0"),
);

function toHex(state: Int32Array): string {
  let hex = "";
  for (const word of state) {
    hex += `${hexOfByte[(word >>> 24) & 0xff]}${hexOfByte[(word >>> 16) & 0xff]}`;
    hex += `${hexOfByte[(word >>> 8) & 0xff]}${hexOfByte[word & 0xff]}`;
  }
  return hex;
}

/** SHA-256 of the UTF-8 bytes of `text`, as 64 lowercase hex digits, synchronously. */
export function sha256HexOf(text: string): string {
  const bytes = padded(text);
  const state = new Int32Array(initialState);
  const schedule = new Int32Array(64);
  for (let offset = 0; offset < bytes.length; offset += 64) {
    expandSchedule(bytes, offset, schedule);
    compress(state, schedule);
  }
  return toHex(state);
}

/** Above this many characters, one call to Web Crypto's native digest costs less. */
const nativeDigestCharacters = 4096;

/**
 * SHA-256 of a UTF-8 string, as lowercase hex: in plain TypeScript for short texts, with
 * Web Crypto for long ones (a whole document), both giving the same digest.
 */
export async function sha256Hex(text: string): Promise<string> {
  if (text.length < nativeDigestCharacters) return sha256HexOf(text);
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(text)));
  return Array.from(digest, (byte) => hexOfByte[byte]).join("");
}
