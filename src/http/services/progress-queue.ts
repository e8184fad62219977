import type {
  LanguageProgress,
  SegmentProgress,
  SummaryProgress,
  TranslationProgress,
} from "../../core/pipeline/translation-progress";

export interface StreamEvent {
  readonly event: string;
  readonly data: unknown;
}

/**
 * The events one streaming response will write, queued by whichever request runs the
 * generation (another request's, when this one joined it). The response takes them from its
 * own context: the wake-up promise is created here, so the Workers runtime resumes the
 * writer inside the request that owns the stream.
 */
export class ProgressQueue implements TranslationProgress {
  private readonly queued: StreamEvent[] = [];
  private closed = false;
  private wake: () => void = () => {};

  segment(event: SegmentProgress): void {
    this.push({ event: "segment", data: event });
  }

  summary(event: SummaryProgress): void {
    this.push({ event: "summary", data: event });
  }

  language({ language, result }: LanguageProgress): void {
    const { title, body, summary, cache } = result;
    this.push({ event: "language", data: { language, title, body, summary, cache } });
  }

  /** Queues the last event: the stream ends after it. */
  finish(last: StreamEvent): void {
    this.push(last);
    this.closed = true;
  }

  /** The events queued so far, waiting for one when there is none; empty once finished. */
  async take(): Promise<StreamEvent[]> {
    while (this.queued.length === 0 && !this.closed) {
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
    return this.queued.splice(0);
  }

  private push(event: StreamEvent): void {
    if (this.closed) return;
    this.queued.push(event);
    this.wake();
  }
}
