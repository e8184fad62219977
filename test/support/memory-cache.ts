import type { Cache } from "../../src/core/cache/cache";

export class MemoryCache implements Cache {
  readonly entries = new Map<string, unknown>();

  async getMany(keys: readonly string[]): Promise<Map<string, unknown>> {
    const found = new Map<string, unknown>();
    for (const key of keys) {
      if (this.entries.has(key)) found.set(key, this.entries.get(key));
    }
    return found;
  }

  async put(key: string, value: unknown): Promise<void> {
    this.entries.set(key, structuredClone(value));
  }

  keysStartingWith(prefix: string): string[] {
    return [...this.entries.keys()].filter((key) => key.startsWith(prefix));
  }
}
