/** The statuses the DeepL API answers with (456: quota exceeded). */
export type DeepLStatus = 400 | 403 | 404 | 405 | 413 | 429 | 456 | 500 | 503 | 504;

/** An error worded and numbered as DeepL's API does: `{"message": …}` with its status. */
export class DeepLError extends Error {
  constructor(
    readonly status: DeepLStatus,
    message: string,
  ) {
    super(message);
    this.name = "DeepLError";
  }
}
