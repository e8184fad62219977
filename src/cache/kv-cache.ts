import type { z } from "zod";
import type { Cache } from "../core/cache/cache";

/** KV allows `get` of at most 100 keys at once. */
const keysPerRead = 100;

/**
 * The cache over a KV namespace: batched reads, values checked against their schema on the
 * way out (an entry from an older format is a miss, not a crash), TTL on every write.
 */
export class KvCache<Schema extends z.ZodType> implements Cache<z.infer<Schema>> {
  constructor(
    private readonly namespace: KVNamespace,
    private readonly schema: Schema,
  ) {}

  async getMany(keys: readonly string[]): Promise<Map<string, z.infer<Schema>>> {
    const found = new Map<string, z.infer<Schema>>();
    for (let start = 0; start < keys.length; start += keysPerRead) {
      const values = await this.namespace.get(keys.slice(start, start + keysPerRead), "json");
      for (const [key, value] of values) {
        const parsed = this.schema.safeParse(value);
        if (value !== null && parsed.success) found.set(key, parsed.data);
      }
    }
    return found;
  }

  async put(key: string, value: z.infer<Schema>, options?: { readonly ttlSeconds?: number }): Promise<void> {
    const expirationTtl = options?.ttlSeconds === undefined ? undefined : Math.max(60, options.ttlSeconds);
    await this.namespace.put(key, JSON.stringify(value), expirationTtl ? { expirationTtl } : {});
  }
}
