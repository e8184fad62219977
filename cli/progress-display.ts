/** What the CLI hears while a translation streams in. */
export interface TranslationProgressListener {
  segment(language: string, index: number | "title"): void;
  language(language: string, cache: string): void;
  finish(): void;
}

export const silentProgress: TranslationProgressListener = {
  segment: () => {},
  language: () => {},
  finish: () => {},
};

/**
 * Segments done per language on stderr: one line redrawn in place on a terminal
 * (`en 12 segments · kk 9 segments · ru done`), one line per finished language otherwise.
 */
export class ProgressDisplay implements TranslationProgressListener {
  private readonly segments = new Map<string, Set<string>>();
  private readonly finished = new Map<string, string>();

  constructor(
    private readonly languages: readonly string[],
    private readonly write: (text: string) => void,
    private readonly interactive: boolean,
  ) {}

  segment(language: string, index: number | "title"): void {
    const seen = this.segments.get(language) ?? new Set<string>();
    if (seen.has(String(index))) return;
    seen.add(String(index));
    this.segments.set(language, seen);
    if (this.interactive) this.redraw();
  }

  language(language: string, cache: string): void {
    this.finished.set(language, cache);
    if (this.interactive) this.redraw();
    else this.write(`tilmash: ${language} ${this.describe(language)}\n`);
  }

  finish(): void {
    if (this.interactive && (this.segments.size > 0 || this.finished.size > 0)) this.write("\n");
  }

  private redraw(): void {
    const parts = this.languages.map((language) => `${language} ${this.describe(language)}`);
    this.write(`\r\x1b[2K${parts.join(" · ")}`);
  }

  private describe(language: string): string {
    const count = this.segments.get(language)?.size ?? 0;
    const cache = this.finished.get(language);
    if (cache === "hit") return "done, from the cache";
    const segments = `${count} segment${count === 1 ? "" : "s"}`;
    return cache === undefined ? segments : `done, ${segments}`;
  }
}
