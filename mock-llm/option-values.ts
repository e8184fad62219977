import { type FaultKind, faultKinds, isFaultKind } from "./faults";

/**
 * Parsers shared by environment variables and `x-mock-*` headers.
 * Each throws an Error naming the option when the value is invalid.
 */
export function parseNonNegativeNumber(name: string, raw: string): number {
  const value = Number(raw.trim());
  if (raw.trim() === "" || !Number.isFinite(value) || value < 0) {
    throw new Error(`${name} must be a number ≥ 0, got "${raw}"`);
  }
  return value;
}

export function parseNonNegativeInteger(name: string, raw: string): number {
  const value = parseNonNegativeNumber(name, raw);
  if (!Number.isInteger(value)) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

export function parseRate(name: string, raw: string): number {
  const value = parseNonNegativeNumber(name, raw);
  if (value > 1) throw new Error(`${name} must be between 0 and 1, got "${raw}"`);
  return value;
}

export function parseSeed(name: string, raw: string): number {
  const value = Number(raw.trim());
  if (raw.trim() === "" || !Number.isSafeInteger(value)) {
    throw new Error(`${name} must be an integer, got "${raw}"`);
  }
  return value;
}

/** `rate_limit`, `rate_limit,server_error`, or `none` / empty for no fault. */
export function parseFaultList(name: string, raw: string): FaultKind[] {
  const names = raw
    .split(",")
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== "" && part !== "none");
  return names.map((fault) => {
    if (!isFaultKind(fault)) {
      throw new Error(`${name} must be none or one of ${faultKinds.join(", ")}; got "${fault}"`);
    }
    return fault;
  });
}
