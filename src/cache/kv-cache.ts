import type { Cache } from "../core/cache/cache";

/** KV allows `get` of at most 100 keys at once. */
const keysPerRead = 100;

/** The cache over a KV namespace: JSON values, batched reads, a TTL on every write. */
export class KvCache implements Cache {
  constructor(private readonly namespace: KVNamespace) {}

  async getMany(keys: readonly string[]): Promise<Map<string, unknown>> {
    const found = new Map<string, unknown>();
    const reads: Promise<Map<string, unknown>>[] = [];
    for (let start = 0; start < keys.length; start += keysPerRead) {
      reads.push(this.namespace.get(keys.slice(start, start + keysPerRead), "json"));
    }
    for (const values of await Promise.all(reads)) {
      for (const [key, value] of values) if (value !== null) found.set(key, value);
    }
    return found;
  }

  async put(
    key: string,
    value: unknown,
    options?: { readonly ttlSeconds?: number },
  ): Promise<void> {
    const expirationTtl =
      options?.ttlSeconds === undefined ? undefined : Math.max(60, options.ttlSeconds);
    await this.namespace.put(key, JSON.stringify(value), expirationTtl ? { expirationTtl } : {});
  }
}
