/** A task's promise, and whether this caller joined one already running. */
export interface Coalesced<Result> {
  readonly result: Promise<Result>;
  readonly joined: boolean;
}

/**
 * Identical requests arriving while one is being generated share that generation
 * (inside one isolate): a client that times out and retries is not paid for twice.
 */
export class InFlightRequests<Result> {
  private readonly pending = new Map<string, Promise<Result>>();

  run(key: string, task: () => Promise<Result>): Coalesced<Result> {
    const existing = this.pending.get(key);
    if (existing) return { result: existing, joined: true };
    const started = task().finally(() => this.pending.delete(key));
    this.pending.set(key, started);
    return { result: started, joined: false };
  }

  get size(): number {
    return this.pending.size;
  }
}
