import type { ModelErrorKind } from "../core/model/model-error";

const kindByStatus: ReadonlyMap<number, ModelErrorKind> = new Map([
  [401, "authentication"],
  [403, "authentication"],
  [408, "request_timeout"],
  [409, "conflict"],
  [429, "rate_limited"],
]);

/** The vendor-independent kind of an HTTP error status (shared by every HTTP provider). */
export function modelErrorKindForStatus(status: number): ModelErrorKind {
  const knownKind = kindByStatus.get(status);
  if (knownKind !== undefined) {
    return knownKind;
  }
  if (status >= 500) {
    return "overloaded";
  }
  if (status >= 400) {
    return "bad_request";
  }
  return "unknown";
}
