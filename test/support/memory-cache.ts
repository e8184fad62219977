import type { Cache } from "../../src/core/cache/cache";

export class MemoryCache<Value> implements Cache<Value> {
  readonly entries = new Map<string, Value>();

  async getMany(keys: readonly string[]): Promise<Map<string, Value>> {
    const found = new Map<string, Value>();
    for (const key of keys) {
      const value = this.entries.get(key);
      if (value !== undefined) found.set(key, value);
    }
    return found;
  }

  async put(key: string, value: Value): Promise<void> {
    this.entries.set(key, value);
  }
}
