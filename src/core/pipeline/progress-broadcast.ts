import type { TranslationProgress } from "./translation-progress";

type ProgressEvent =
  | { readonly kind: "segment"; readonly event: Parameters<TranslationProgress["segment"]>[0] }
  | { readonly kind: "language"; readonly event: Parameters<TranslationProgress["language"]>[0] };

function deliver(listener: TranslationProgress, progressEvent: ProgressEvent): void {
  if (progressEvent.kind === "segment") listener.segment(progressEvent.event);
  else listener.language(progressEvent.event);
}

/**
 * The progress of one generation, heard by every caller that shares it: a caller that joins
 * late first hears what was already said, in order, then each new event.
 */
export class ProgressBroadcast implements TranslationProgress {
  private readonly history: ProgressEvent[] = [];
  private readonly listeners = new Set<TranslationProgress>();

  segment(event: Parameters<TranslationProgress["segment"]>[0]): void {
    this.publish({ kind: "segment", event });
  }

  language(event: Parameters<TranslationProgress["language"]>[0]): void {
    this.publish({ kind: "language", event });
  }

  subscribe(listener: TranslationProgress): void {
    for (const progressEvent of this.history) deliver(listener, progressEvent);
    this.listeners.add(listener);
  }

  private publish(progressEvent: ProgressEvent): void {
    this.history.push(progressEvent);
    for (const listener of this.listeners) deliver(listener, progressEvent);
  }
}
