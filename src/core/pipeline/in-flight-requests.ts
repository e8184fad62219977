/**
 * Identical requests arriving while one is being generated share that generation
 * (inside one isolate): a client that times out and retries is not paid for twice.
 */
export class InFlightRequests<Result> {
  private readonly pending = new Map<string, Promise<Result>>();

  run(key: string, task: () => Promise<Result>): Promise<Result> {
    const existing = this.pending.get(key);
    if (existing) return existing;
    const started = task().finally(() => this.pending.delete(key));
    this.pending.set(key, started);
    return started;
  }

  get size(): number {
    return this.pending.size;
  }
}
