/** A task's promise, and whether this caller joined one already running. */
export interface Coalesced<Result> {
  readonly result: Promise<Result>;
  readonly joined: boolean;
}

/**
 * Identical requests in flight inside one isolate share one run: a client that times out
 * and sends the same request again waits for the first run instead of paying for a second.
 */
export class CoalescedTasks<Result> {
  private readonly pending = new Map<string, Promise<Result>>();

  run(key: string, task: () => Promise<Result>): Coalesced<Result> {
    const existing = this.pending.get(key);
    if (existing) return { result: existing, joined: true };
    const started = task().finally(() => this.pending.delete(key));
    this.pending.set(key, started);
    return { result: started, joined: false };
  }
}
