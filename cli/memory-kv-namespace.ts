interface StoredValue {
  readonly value: string;
  readonly metadata: unknown;
}

/**
 * The part of a KV namespace the app uses (`get` one key or many, `put`, `delete`, `list`),
 * in memory, for one CLI run: the cache and glossaries start empty and are forgotten.
 */
class MemoryKvNamespace {
  private readonly entries = new Map<string, StoredValue>();

  async get(keys: string | readonly string[], type?: unknown): Promise<unknown> {
    const asJson =
      type === "json" ||
      (typeof type === "object" && type !== null && "type" in type && type.type === "json");
    const read = (key: string) => this.read(key, asJson);
    if (typeof keys === "string") return read(keys);
    return new Map(keys.map((key) => [key, read(key)]));
  }

  async put(key: string, value: string, options?: { readonly metadata?: unknown }): Promise<void> {
    this.entries.set(key, { value, metadata: options?.metadata ?? null });
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async list(options?: { readonly prefix?: string }) {
    const prefix = options?.prefix ?? "";
    const keys = [...this.entries]
      .filter(([name]) => name.startsWith(prefix))
      .map(([name, stored]) => ({ name, metadata: stored.metadata }));
    return { keys, list_complete: true, cacheStatus: null };
  }

  private read(key: string, asJson: boolean): unknown {
    const stored = this.entries.get(key);
    if (!stored) return null;
    return asJson ? JSON.parse(stored.value) : stored.value;
  }
}

/** A fresh in-memory namespace, typed as the binding the app expects. */
export function createMemoryKvNamespace(): KVNamespace {
  // Only the methods above are ever called; KVNamespace's overloads cannot be implemented one by one.
  return new MemoryKvNamespace() as unknown as KVNamespace;
}
