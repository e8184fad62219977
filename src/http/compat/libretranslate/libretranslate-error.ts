/** The statuses LibreTranslate answers with. */
export type LibreTranslateStatus = 400 | 403 | 405 | 429 | 500;

/** An error worded and numbered as LibreTranslate does: `{"error": …}` with its status. */
export class LibreTranslateError extends Error {
  constructor(
    readonly status: LibreTranslateStatus,
    message: string,
  ) {
    super(message);
    this.name = "LibreTranslateError";
  }
}
