import { sha256Hex } from "../../core/hash/sha256-hex";

/** The identity of callers when `API_KEYS` is unset, as in the native API. */
export const openClientId = "open";

/**
 * Who is calling, from the key they presented: a digest prefix of a key listed in `API_KEYS`
 * (the same id the native API gives, so glossaries are shared), `open` when no keys are set,
 * and null when the key is missing or wrong. Digests are compared in constant time.
 */
export async function identifyClient(
  presented: string | undefined,
  keys: readonly string[],
): Promise<string | null> {
  if (keys.length === 0) return openClientId;
  const presentedDigest = await sha256Hex(presented ?? "");
  let matched = false;
  for (const key of keys) {
    matched = constantTimeEqual(presentedDigest, await sha256Hex(key)) || matched;
  }
  return matched && presented ? presentedDigest.slice(0, 24) : null;
}

function constantTimeEqual(left: string, right: string): boolean {
  let difference = left.length ^ right.length;
  for (let index = 0; index < left.length; index += 1) {
    difference |= left.charCodeAt(index) ^ right.charCodeAt(index % right.length);
  }
  return difference === 0;
}
