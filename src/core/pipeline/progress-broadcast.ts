import type {
  LanguageProgress,
  SegmentProgress,
  SummaryProgress,
  TranslationProgress,
} from "./translation-progress";

/** One event, delivered again to each listener that joins later. */
type Delivery = (listener: TranslationProgress) => void;

/**
 * The progress of one generation, heard by every caller that shares it: a caller that joins
 * late first hears what was already said, in order, then each new event.
 */
export class ProgressBroadcast implements TranslationProgress {
  private readonly history: Delivery[] = [];
  private readonly listeners = new Set<TranslationProgress>();

  segment(event: SegmentProgress): void {
    this.publish((listener) => listener.segment(event));
  }

  summary(event: SummaryProgress): void {
    this.publish((listener) => listener.summary(event));
  }

  language(event: LanguageProgress): void {
    this.publish((listener) => listener.language(event));
  }

  subscribe(listener: TranslationProgress): void {
    for (const delivery of this.history) delivery(listener);
    this.listeners.add(listener);
  }

  private publish(delivery: Delivery): void {
    this.history.push(delivery);
    for (const listener of this.listeners) delivery(listener);
  }
}
