import { ProgressBroadcast } from "./progress-broadcast";
import type { TranslationOutcome } from "./translate-article";
import type { TranslationProgress } from "./translation-progress";

interface SharedGeneration {
  readonly progress: ProgressBroadcast;
  readonly result: Promise<TranslationOutcome>;
}

/**
 * Identical streaming requests arriving while one is being generated share that generation
 * (inside one isolate), as JSON requests do: each hears every progress event, from the
 * first on, and gets the same outcome.
 */
export class InFlightStreams {
  private readonly pending = new Map<string, SharedGeneration>();

  run(
    key: string,
    listener: TranslationProgress,
    task: (progress: TranslationProgress) => Promise<TranslationOutcome>,
  ): Promise<TranslationOutcome> {
    const generation = this.pending.get(key) ?? this.start(key, task);
    generation.progress.subscribe(listener);
    return generation.result;
  }

  get size(): number {
    return this.pending.size;
  }

  private start(
    key: string,
    task: (progress: TranslationProgress) => Promise<TranslationOutcome>,
  ): SharedGeneration {
    const progress = new ProgressBroadcast();
    const result = task(progress).finally(() => this.pending.delete(key));
    const generation = { progress, result };
    this.pending.set(key, generation);
    return generation;
  }
}
