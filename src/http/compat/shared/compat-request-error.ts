/** Why a request could not be read, before either API words its own error. */
export type CompatRequestProblem =
  | "too_large"
  | "malformed"
  | "unsupported_media_type"
  | "malformed_markup";

export class CompatRequestError extends Error {
  constructor(
    readonly problem: CompatRequestProblem,
    /** What exactly is wrong, safe to show the caller (a tag never closed, with its place). */
    readonly detail?: string,
  ) {
    super(detail ?? problem);
    this.name = "CompatRequestError";
  }
}
